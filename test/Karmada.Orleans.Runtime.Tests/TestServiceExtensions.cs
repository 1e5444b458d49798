using Karmada.Orleans.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Runtime.Tests;

internal static class TestServiceExtensions
{
    public static void AddKeyedSingletonOverride(this IServiceCollection services, MemoryGrainStorage storage) =>
        services.AddKeyedSingleton<IGrainStorage>(GrainStorageNames.Default, storage);

    public static void AddSingletonFilter(this IServiceCollection services, IIncomingGrainCallFilter filter) =>
        services.AddSingleton(filter);
}

internal sealed class RecordingFilter : IIncomingGrainCallFilter
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToArray();
            }
        }
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        lock (_calls)
        {
            _calls.Add($"{context.InterfaceMethod.DeclaringType!.Name}.{context.InterfaceMethod.Name} -> {context.Result}");
        }
    }
}
