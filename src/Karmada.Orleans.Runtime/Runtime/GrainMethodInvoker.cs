using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Karmada.Orleans.Runtime;

/// <summary>
/// Calls one grain interface method: sends it as a request to an activation and runs it there.
/// Built once per method with a compiled delegate, so calls do not go through reflection.
/// </summary>
internal abstract class GrainMethodInvoker
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethodInvoker> Cache = new();

    protected GrainMethodInvoker(MethodInfo method)
    {
        InterfaceMethod = method;
        AlwaysInterleave = method.GetCustomAttribute<AlwaysInterleaveAttribute>() is not null;
        ParameterTypes = method.GetParameters().Select(p => p.ParameterType).ToArray();
    }

    public MethodInfo InterfaceMethod { get; }

    public bool AlwaysInterleave { get; }

    public IReadOnlyList<Type> ParameterTypes { get; }

    public static GrainMethodInvoker Get(MethodInfo method) => Cache.GetOrAdd(method, Create);

    /// <summary>Sends the call and returns what the interface method returns (a Task or ValueTask).</summary>
    public abstract object Send(GrainRuntime runtime, GrainId grainId, object?[] arguments);

    /// <summary>Sends the call and returns its result boxed, for the network gateway.</summary>
    public abstract Task<object?> SendBoxed(GrainRuntime runtime, GrainId grainId, object?[] arguments);

    private static GrainMethodInvoker Create(MethodInfo method)
    {
        var resultType = GrainInterfaceMethods.GetResultType(method) ?? typeof(VoidResult);
        return (GrainMethodInvoker)Activator.CreateInstance(typeof(GrainMethodInvoker<>).MakeGenericType(resultType), method)!;
    }
}

internal sealed class GrainMethodInvoker<TResult> : GrainMethodInvoker
{
    private readonly ReturnKind _returnKind;

    public GrainMethodInvoker(MethodInfo method)
        : base(method)
    {
        var returnType = method.ReturnType;
        _returnKind = returnType == typeof(Task) ? ReturnKind.Task
            : returnType == typeof(ValueTask) ? ReturnKind.ValueTask
            : returnType.GetGenericTypeDefinition() == typeof(Task<>) ? ReturnKind.TaskOfT
            : ReturnKind.ValueTaskOfT;
        Call = Compile(method, _returnKind);
    }

    private enum ReturnKind
    {
        Task,
        TaskOfT,
        ValueTask,
        ValueTaskOfT,
    }

    /// <summary>Invokes the method on a grain instance.</summary>
    public Func<object, object?[], ValueTask<TResult>> Call { get; }

    public override object Send(GrainRuntime runtime, GrainId grainId, object?[] arguments)
    {
        var request = new GrainRequest<TResult>(this, arguments);
        runtime.Catalog.Send(grainId, request);
        return _returnKind switch
        {
            ReturnKind.Task or ReturnKind.TaskOfT => request.Task,
            ReturnKind.ValueTask => new ValueTask(request.Task),
            _ => new ValueTask<TResult>(request.Task),
        };
    }

    public override async Task<object?> SendBoxed(GrainRuntime runtime, GrainId grainId, object?[] arguments)
    {
        var request = new GrainRequest<TResult>(this, arguments);
        runtime.Catalog.Send(grainId, request);
        var result = await request.Task;
        return typeof(TResult) == typeof(VoidResult) ? null : result;
    }

    private static Func<object, object?[], ValueTask<TResult>> Compile(MethodInfo method, ReturnKind kind)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters()
            .Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        Expression call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        call = kind switch
        {
            ReturnKind.Task => Expression.Call(typeof(TaskAdapters).GetMethod(nameof(TaskAdapters.FromTask))!, call),
            ReturnKind.ValueTask => Expression.Call(typeof(TaskAdapters).GetMethod(nameof(TaskAdapters.FromValueTask))!, call),
            ReturnKind.TaskOfT => Expression.Call(typeof(TaskAdapters).GetMethod(nameof(TaskAdapters.FromTaskOfT))!.MakeGenericMethod(typeof(TResult)), call),
            _ => call,
        };
        return Expression.Lambda<Func<object, object?[], ValueTask<TResult>>>(call, grain, args).Compile();
    }
}
