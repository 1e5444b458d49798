namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>
/// When the simulator's API servers last received a request. The simulated controllers and kubelets
/// of every cluster wait for a quiet moment before acting, as if they ran on machines of their own:
/// in a real member they never take CPU from its API server, but here they share the host's cores
/// with every simulated API server (and, in a benchmark, with the control plane).
/// </summary>
internal sealed class ApiActivity(TimeProvider time)
{
    private long _lastRequest;

    public void Requested() => Volatile.Write(ref _lastRequest, time.GetTimestamp());

    /// <summary>Returns once no request has arrived for <paramref name="quiet"/>, or after <paramref name="max"/> at most.</summary>
    public async Task QuietAsync(TimeSpan quiet, TimeSpan max, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (quiet > TimeSpan.Zero)
        {
            var sinceRequest = time.GetElapsedTime(Volatile.Read(ref _lastRequest));
            var waited = time.GetElapsedTime(started);
            if (sinceRequest >= quiet || waited >= max)
            {
                return;
            }

            var rest = quiet - sinceRequest;
            await Task.Delay(rest < max - waited ? rest : max - waited, time, cancellationToken);
        }
    }
}
