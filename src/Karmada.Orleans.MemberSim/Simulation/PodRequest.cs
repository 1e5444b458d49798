using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>
/// What a pod asks the scheduler for: the sum of its containers' requests (a container with a limit
/// and no request requests its limit, as the API server defaults it), or the largest init
/// container's request when that is bigger, and one pod slot.
/// </summary>
public readonly record struct PodRequest(long CpuMilli, long MemoryBytes)
{
    public static PodRequest Of(JsonObject? podSpec)
    {
        long cpu = 0, memory = 0;
        foreach (var container in Containers(podSpec, "containers"))
        {
            cpu += Amount(container, "cpu", milli: true);
            memory += Amount(container, "memory", milli: false);
        }

        foreach (var init in Containers(podSpec, "initContainers"))
        {
            cpu = Math.Max(cpu, Amount(init, "cpu", milli: true));
            memory = Math.Max(memory, Amount(init, "memory", milli: false));
        }

        return new PodRequest(cpu, memory);
    }

    /// <summary>One container's memory request (or limit), in bytes; 0 when it states none.</summary>
    public static long MemoryOf(JsonObject container) => Amount(container, "memory", milli: false);

    public static long ParseCpuMilli(string? text) => Quantity.TryParse(text, out var q) ? q.MilliValue : 0;

    public static long ParseBytes(string? text) => Quantity.TryParse(text, out var q) ? q.IntegerValue : 0;

    private static IEnumerable<JsonObject> Containers(JsonObject? podSpec, string field) =>
        (podSpec?[field] as JsonArray ?? []).OfType<JsonObject>();

    private static long Amount(JsonObject container, string resource, bool milli)
    {
        var resources = container["resources"] as JsonObject;
        var text = (resources?["requests"]?[resource] ?? resources?["limits"]?[resource]) is JsonValue v ? v.ToString() : null;
        return milli ? ParseCpuMilli(text) : ParseBytes(text);
    }
}
