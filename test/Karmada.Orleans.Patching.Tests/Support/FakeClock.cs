namespace Karmada.Orleans.Patching.Tests.Support;

/// <summary>The only clock of the tests: starts at a fixed instant and moves when told.</summary>
internal sealed class FakeClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
