using System.Text.Json.Nodes;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>A node as the simulated scheduler sees it: allocatable resources, labels, taints, readiness.</summary>
public sealed record SchedulableNode(
    string Name,
    long CpuMilli,
    long MemoryBytes,
    int Pods,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<JsonObject> Taints,
    bool Ready,
    bool Unschedulable)
{
    public static SchedulableNode From(JsonObject node)
    {
        var allocatable = node["status"]?["allocatable"] as JsonObject;
        var labels = (node["metadata"]?["labels"] as JsonObject ?? [])
            .Where(kv => kv.Value is JsonValue)
            .ToDictionary(kv => kv.Key, kv => kv.Value!.ToString(), StringComparer.Ordinal);
        var ready = (node["status"]?["conditions"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Any(c => c["type"]?.ToString() == "Ready" && c["status"]?.ToString() == "True");
        return new SchedulableNode(
            node["metadata"]?["name"]?.ToString() ?? "",
            PodRequest.ParseCpuMilli(allocatable?["cpu"]?.ToString()),
            PodRequest.ParseBytes(allocatable?["memory"]?.ToString()),
            (int)PodRequest.ParseBytes(allocatable?["pods"]?.ToString()),
            labels,
            (node["spec"]?["taints"] as JsonArray ?? []).OfType<JsonObject>().ToList(),
            ready,
            node["spec"]?["unschedulable"] is JsonValue u && u.TryGetValue<bool>(out var b) && b);
    }
}

/// <summary>What is already placed on a node.</summary>
public readonly record struct NodeLoad(long CpuMilli, long MemoryBytes, int Pods)
{
    public NodeLoad Add(PodRequest request, int sign) =>
        new(CpuMilli + (sign * request.CpuMilli), MemoryBytes + (sign * request.MemoryBytes), Pods + sign);
}
