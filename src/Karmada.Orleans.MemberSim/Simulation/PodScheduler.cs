using System.Text.Json.Nodes;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>The outcome for one pod: a node, or why none fits (kube-scheduler's FailedScheduling message).</summary>
public sealed record ScheduleResult(string? Node, string? Message);

/// <summary>
/// A small kube-scheduler: filters nodes by readiness, cordoning, node selector and required node
/// affinity, untolerated NoSchedule/NoExecute taints, and free cpu, memory and pod slots; then picks
/// the feasible node with the lowest requested share of cpu, memory and pod slots (least allocated), ties by name.
/// </summary>
public static class PodScheduler
{
    public static ScheduleResult Schedule(JsonObject? podSpec, PodRequest request, IReadOnlyList<SchedulableNode> nodes, Func<string, NodeLoad> load)
    {
        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        SchedulableNode? best = null;
        double bestScore = double.MaxValue;
        foreach (var node in nodes)
        {
            var used = load(node.Name);
            var reason = Filter(podSpec, request, node, used);
            if (reason is not null)
            {
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                continue;
            }

            var score = Share(used.CpuMilli + request.CpuMilli, node.CpuMilli)
                + Share(used.MemoryBytes + request.MemoryBytes, node.MemoryBytes)
                + Share(used.Pods + 1, node.Pods);
            if (best is null || score < bestScore || (score == bestScore && string.CompareOrdinal(node.Name, best.Name) < 0))
            {
                best = node;
                bestScore = score;
            }
        }

        if (best is not null)
        {
            return new ScheduleResult(best.Name, null);
        }

        var detail = string.Join(", ", reasons.Select(r => $"{r.Value} {r.Key}"));
        return new ScheduleResult(null, nodes.Count == 0 ? "no nodes available to schedule pods" : $"0/{nodes.Count} nodes are available: {detail}.");
    }

    private static double Share(long used, long capacity) => capacity <= 0 ? 0 : (double)used / capacity;

    /// <summary>Null when the pod may run on the node, else the reason it may not.</summary>
    public static string? Filter(JsonObject? podSpec, PodRequest request, SchedulableNode node, NodeLoad used)
    {
        if (node.Unschedulable && !Tolerates(podSpec, "node.kubernetes.io/unschedulable", null, "NoSchedule"))
        {
            return "node(s) were unschedulable";
        }

        if (!MatchesSelector(podSpec, node.Labels))
        {
            return "node(s) didn't match Pod's node affinity/selector";
        }

        foreach (var taint in node.Taints)
        {
            var effect = taint["effect"]?.ToString();
            if (effect is "NoSchedule" or "NoExecute" && !Tolerates(podSpec, taint["key"]?.ToString() ?? "", taint["value"]?.ToString(), effect))
            {
                return $"node(s) had untolerated taint {{{taint["key"]}: {taint["value"]}}}";
            }
        }

        if (!node.Ready && !Tolerates(podSpec, "node.kubernetes.io/not-ready", null, "NoSchedule"))
        {
            return "node(s) had untolerated taint {node.kubernetes.io/not-ready: }";
        }

        if (used.Pods + 1 > node.Pods)
        {
            return "Too many pods";
        }

        if (request.CpuMilli > 0 && used.CpuMilli + request.CpuMilli > node.CpuMilli)
        {
            return "Insufficient cpu";
        }

        if (request.MemoryBytes > 0 && used.MemoryBytes + request.MemoryBytes > node.MemoryBytes)
        {
            return "Insufficient memory";
        }

        return null;
    }

    /// <summary>nodeSelector and requiredDuringSchedulingIgnoredDuringExecution node affinity (terms ORed, expressions ANDed).</summary>
    public static bool MatchesSelector(JsonObject? podSpec, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, value) in podSpec?["nodeSelector"] as JsonObject ?? [])
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value?.ToString())
            {
                return false;
            }
        }

        var terms = podSpec?["affinity"]?["nodeAffinity"]?["requiredDuringSchedulingIgnoredDuringExecution"]?["nodeSelectorTerms"] as JsonArray;
        if (terms is null || terms.Count == 0)
        {
            return true;
        }

        return terms.OfType<JsonObject>().Any(term =>
            (term["matchExpressions"] as JsonArray ?? []).OfType<JsonObject>().All(e => MatchesExpression(e, labels)));
    }

    private static bool MatchesExpression(JsonObject expression, IReadOnlyDictionary<string, string> labels)
    {
        var key = expression["key"]?.ToString() ?? "";
        var values = (expression["values"] as JsonArray ?? []).Select(v => v?.ToString()).ToHashSet(StringComparer.Ordinal);
        var present = labels.TryGetValue(key, out var actual);
        return expression["operator"]?.ToString() switch
        {
            "In" => present && values.Contains(actual),
            "NotIn" => !present || !values.Contains(actual),
            "Exists" => present,
            "DoesNotExist" => !present,
            "Gt" => present && long.TryParse(actual, out var a) && long.TryParse(values.FirstOrDefault(), out var g) && a > g,
            "Lt" => present && long.TryParse(actual, out var b) && long.TryParse(values.FirstOrDefault(), out var l) && b < l,
            _ => false,
        };
    }

    private static bool Tolerates(JsonObject? podSpec, string key, string? value, string effect) =>
        (podSpec?["tolerations"] as JsonArray ?? []).OfType<JsonObject>().Any(t =>
        {
            var tEffect = t["effect"]?.ToString();
            if (!string.IsNullOrEmpty(tEffect) && tEffect != effect)
            {
                return false;
            }

            var tKey = t["key"]?.ToString();
            if (t["operator"]?.ToString() == "Exists")
            {
                return string.IsNullOrEmpty(tKey) || tKey == key;
            }

            return tKey == key && (t["value"]?.ToString() ?? "") == (value ?? "");
        });
}
