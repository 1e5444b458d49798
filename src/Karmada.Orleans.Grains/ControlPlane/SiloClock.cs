namespace Karmada.Orleans.Grains.ControlPlane;

/// <summary>When this silo started.</summary>
public sealed class SiloClock(TimeProvider time)
{
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();
}
