using System.Reflection;
using Karmada.Orleans.Runtime;

namespace Karmada.Orleans.Filters;

/// <summary>Runs the silo's call filters, then the grain's own, then the method.</summary>
internal sealed class GrainCallContext<TResult>(GrainActivation activation, GrainMethodInvoker<TResult> invoker, object?[] arguments)
    : IIncomingGrainCallContext
{
    private readonly IReadOnlyList<IIncomingGrainCallFilter> _filters = activation.Runtime.CallFilters;
    private int _next;
    private TResult _result = default!;

    public GrainId TargetId => activation.GrainId;

    public object Grain => activation.Instance!;

    public MethodInfo InterfaceMethod => invoker.InterfaceMethod;

    public IReadOnlyList<object?> Arguments => arguments;

    public object? Result
    {
        get => _result;
        set => _result = (TResult)value!;
    }

    public static async ValueTask<TResult> InvokeAsync(GrainActivation activation, GrainMethodInvoker<TResult> invoker, object?[] arguments)
    {
        var context = new GrainCallContext<TResult>(activation, invoker, arguments);
        await context.Invoke();
        return context._result;
    }

    public async Task Invoke()
    {
        var index = _next++;
        if (index < _filters.Count)
        {
            await _filters[index].Invoke(this);
        }
        else if (index == _filters.Count && activation.Instance is IIncomingGrainCallFilter own)
        {
            await own.Invoke(this);
        }
        else
        {
            _result = await invoker.Call(activation.Instance!, arguments);
        }
    }
}
