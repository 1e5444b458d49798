using System.Reflection;

namespace Karmada.Orleans.Runtime;

/// <summary>A grain reference: implements the grain interface and turns each call into a request.</summary>
public class GrainProxy : DispatchProxy
{
    internal GrainRuntime Runtime { get; set; } = null!;

    public GrainId GrainId { get; internal set; }

    internal static object Create(Type grainInterface, GrainRuntime runtime, GrainId grainId)
    {
        var proxy = (GrainProxy)DispatchProxy.Create(grainInterface, typeof(GrainProxy));
        proxy.Runtime = runtime;
        proxy.GrainId = grainId;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        GrainMethodInvoker.Get(targetMethod!).Send(Runtime, GrainId, args ?? []);

    public override bool Equals(object? obj) => obj is GrainProxy other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();
}
