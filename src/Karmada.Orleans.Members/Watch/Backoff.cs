namespace Karmada.Orleans.Members.Watch;

/// <summary>
/// Exponential backoff with jitter between failed list/watch attempts (client-go's reflector: 800ms doubling to
/// 30s, jitter 1.0). The capped delay d is stretched by up to <see cref="Jitter"/>×d so that many watchers of a
/// recovering server do not retry in lockstep.
/// </summary>
public sealed record Backoff(TimeSpan Initial, TimeSpan Max, double Factor = 2.0, double Jitter = 1.0)
{
    public static readonly Backoff Default = new(TimeSpan.FromMilliseconds(800), TimeSpan.FromSeconds(30));

    /// <summary>The wait after <paramref name="failures"/> consecutive failures (1 = first); <paramref name="random"/> in [0, 1).</summary>
    public TimeSpan Delay(int failures, double random)
    {
        if (failures < 1)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - 1, 64);
        var capped = Math.Min(Max.TotalMilliseconds, Initial.TotalMilliseconds * Math.Pow(Factor, exponent));
        var jitter = Jitter > 0 ? capped * Jitter * Math.Clamp(random, 0, 1) : 0;
        return TimeSpan.FromMilliseconds(capped + jitter);
    }
}
