using System.Collections.Concurrent;
using System.Reflection;
using Karmada.Orleans.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Runtime;

/// <summary>
/// Creates grain instances: constructor parameters come from DI, except IPersistentState{T}
/// parameters marked [PersistentState], which are bound to the activation and its storage.
/// </summary>
internal sealed class GrainActivator(IServiceProvider services)
{
    private readonly ConcurrentDictionary<Type, Func<GrainActivation, object>> _factories = new();

    public object CreateInstance(GrainActivation activation) =>
        _factories.GetOrAdd(activation.ClassInfo.ClassType, BuildFactory)(activation);

    private Func<GrainActivation, object> BuildFactory(Type grainClass)
    {
        var ctor = grainClass.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{grainClass.FullName} has no public constructor.");
        var parameters = ctor.GetParameters();
        var resolvers = parameters.Select(BuildResolver).ToArray();
        return activation =>
        {
            var args = new object?[resolvers.Length];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = resolvers[i](activation);
            }

            try
            {
                return ctor.Invoke(args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }
        };
    }

    private Func<GrainActivation, object?> BuildResolver(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } attribute)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException($"[PersistentState] parameter '{parameter.Name}' must be IPersistentState<T>.");
            }

            var stateType = typeof(PersistentState<>).MakeGenericType(type.GetGenericArguments()[0]);
            return activation =>
            {
                var storage = services.GetKeyedService<IGrainStorage>(attribute.StorageName)
                    ?? throw new InvalidOperationException($"No grain storage named '{attribute.StorageName}' is configured.");
                var state = Activator.CreateInstance(stateType, storage, attribute.StateName, activation.GrainId)!;
                activation.AddPersistentState((IPersistentStateLifecycle)state);
                return state;
            };
        }

        if (type == typeof(IGrainFactory))
        {
            return activation => activation.Runtime;
        }

        return _ => parameter.HasDefaultValue
            ? services.GetService(type) ?? parameter.DefaultValue
            : services.GetRequiredService(type);
    }
}
