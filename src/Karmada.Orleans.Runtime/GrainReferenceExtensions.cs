using Karmada.Orleans.Runtime;

namespace Karmada.Orleans;

public static class GrainReferenceExtensions
{
    /// <summary>The identity behind a grain reference.</summary>
    public static GrainId GetGrainId(this IGrain grain) =>
        grain is GrainProxy proxy ? proxy.GrainId
        : grain is Grain instance ? instance.GrainId
        : throw new ArgumentException("Not a grain reference.", nameof(grain));
}
