using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Grains.Clusters;

/// <summary>What one probe of a member saw.</summary>
public enum ProbeResult
{
    Healthy,

    /// <summary>The API server answered, but /readyz (and /healthz) did not say ok.</summary>
    Unhealthy,

    /// <summary>No answer: refused, timed out, TLS or authentication failure.</summary>
    Unreachable,
}

/// <summary>
/// Decides a cluster's Ready condition from probes with Karmada's thresholds: a change of health
/// only counts once it has lasted for the success threshold (towards Ready) or the failure
/// threshold (away from it), so one lost probe does not flap the cluster. Pure; the grain owns one.
/// </summary>
public sealed class ClusterHealth(TimeSpan successThreshold, TimeSpan failureThreshold)
{
    public const string ReasonReady = "ClusterReady";
    public const string ReasonNotReady = "ClusterNotReady";
    public const string ReasonNotReachable = "ClusterNotReachable";
    public const string MessageReady = "cluster is healthy and ready to accept workloads";
    public const string MessageNotReady = "cluster is reachable but health endpoint responded without ok";
    public const string MessageNotReachable = "cluster is not reachable";

    private DateTimeOffset? _differentSince;
    private string? _differentStatus;

    public static (string Status, string Reason, string Message) Observed(ProbeResult result, string? detail = null) => result switch
    {
        ProbeResult.Healthy => (ConditionStatus.True, ReasonReady, MessageReady),
        ProbeResult.Unhealthy => (ConditionStatus.False, ReasonNotReady, MessageNotReady),
        _ => (ConditionStatus.Unknown, ReasonNotReachable, detail is null ? MessageNotReachable : $"{MessageNotReachable}: {detail}"),
    };

    /// <summary>The Ready condition after this probe, given the condition currently recorded.</summary>
    public Condition Next(Condition? current, ProbeResult result, DateTimeOffset now, string? detail = null)
    {
        var (status, reason, message) = Observed(result, detail);
        var observed = new Condition { Type = ClusterConditions.Ready, Status = status, Reason = reason, Message = message, LastTransitionTime = now };
        if (current is null)
        {
            _differentSince = null;
            return observed;
        }

        if (current.Status == status)
        {
            _differentSince = null;
            return current.Reason == reason && current.Message == message ? current : current with { Reason = reason, Message = message };
        }

        if (_differentStatus != status || _differentSince is null)
        {
            _differentStatus = status;
            _differentSince = now;
        }

        var threshold = status == ConditionStatus.True ? successThreshold : failureThreshold;
        if (now - _differentSince.Value >= threshold)
        {
            _differentSince = null;
            return observed;
        }

        return current;
    }

    /// <summary>
    /// The taints the cluster controller manages for a Ready status: not-ready while False, unreachable
    /// while Unknown, none while True. Other taints are kept as they are.
    /// </summary>
    public static IReadOnlyList<Taint> TaintsFor(string readyStatus, IReadOnlyList<Taint>? existing, DateTimeOffset now)
    {
        var taints = (existing ?? []).Where(t => !(t.Effect == TaintEffect.NoSchedule && t.Key is KarmadaTaints.NotReady or KarmadaTaints.Unreachable)).ToList();
        var wanted = readyStatus switch
        {
            ConditionStatus.False => KarmadaTaints.NotReady,
            ConditionStatus.Unknown => KarmadaTaints.Unreachable,
            _ => null,
        };
        if (wanted is not null)
        {
            taints.Add((existing ?? []).FirstOrDefault(t => t.Key == wanted && t.Effect == TaintEffect.NoSchedule)
                ?? new Taint { Key = wanted, Effect = TaintEffect.NoSchedule, TimeAdded = now });
        }

        return taints;
    }
}
