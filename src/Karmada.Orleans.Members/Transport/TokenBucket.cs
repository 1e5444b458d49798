namespace Karmada.Orleans.Members.Transport;

/// <summary>
/// Client-side rate limit per cluster (client-go's token bucket): <c>qps</c> tokens refill per second up to
/// <c>burst</c>. A caller that finds the bucket empty reserves a future token and waits for it, so callers are
/// served in order without spinning.
/// </summary>
public sealed class TokenBucket
{
    private readonly double _qps;
    private readonly double _burst;
    private readonly TimeProvider _time;
    private readonly object _lock = new();
    private double _tokens;
    private long _last;

    public TokenBucket(double qps, int burst, TimeProvider? timeProvider = null)
    {
        if (qps > 0 && burst < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(burst), burst, "burst must be at least 1 when qps is set");
        }

        _qps = qps;
        _burst = burst;
        _time = timeProvider ?? TimeProvider.System;
        _tokens = burst;
        _last = _time.GetTimestamp();
    }

    public bool Unlimited => _qps <= 0;

    /// <summary>Takes a token, waiting until one is available. A cancelled wait gives its token back.</summary>
    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        var wait = Reserve();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Release();
            throw;
        }
    }

    /// <summary>Takes a token now, possibly on credit, and returns how long the caller must wait before using it.</summary>
    public TimeSpan Reserve()
    {
        if (Unlimited)
        {
            return TimeSpan.Zero;
        }

        lock (_lock)
        {
            Refill();
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _qps);
        }
    }

    private void Release()
    {
        lock (_lock)
        {
            Refill();
            _tokens = Math.Min(_burst, _tokens + 1);
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_last, now).TotalSeconds;
        _last = now;
        _tokens = Math.Min(_burst, _tokens + (elapsed * _qps));
    }
}
