using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Karmada.Orleans.Runtime;

/// <summary>A grain reference: implements the grain interface and turns each call into a request.</summary>
public class GrainProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<Type, Func<GrainProxy>> Factories = new();

    internal GrainRuntime Runtime { get; set; } = null!;

    public GrainId GrainId { get; internal set; }

    internal static object Create(Type grainInterface, GrainRuntime runtime, GrainId grainId)
    {
        var proxy = Factories.GetOrAdd(grainInterface, BuildFactory)();
        proxy.Runtime = runtime;
        proxy.GrainId = grainId;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        GrainMethodInvoker.Get(targetMethod!).Send(Runtime, GrainId, args ?? []);

    public override bool Equals(object? obj) => obj is GrainProxy other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();

    /// <summary>
    /// DispatchProxy.Create goes through reflection (and emits a new invoker) for every instance; grain
    /// references are made constantly, so the generated proxy type's constructor is compiled once per
    /// interface. If the generated type is not shaped as expected, DispatchProxy.Create is used as is.
    /// </summary>
    private static Func<GrainProxy> BuildFactory(Type grainInterface)
    {
        var sample = DispatchProxy.Create(grainInterface, typeof(GrainProxy));
        var type = sample.GetType();
        var ctor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).SingleOrDefault();
        var parameters = ctor?.GetParameters() ?? [];
        var table = type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance).SingleOrDefault(f => f.FieldType == typeof(MethodInfo[]));
        if (ctor is null || parameters.Length != 1 || parameters[0].ParameterType != typeof(MethodInfo[]) || table is null)
        {
            return () => (GrainProxy)DispatchProxy.Create(grainInterface, typeof(GrainProxy));
        }

        var methods = (MethodInfo[])table.GetValue(sample)!;
        return Expression.Lambda<Func<GrainProxy>>(Expression.Convert(Expression.New(ctor, Expression.Constant(methods)), typeof(GrainProxy))).Compile();
    }
}
