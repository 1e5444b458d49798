namespace Karmada.Orleans.Policies;

/// <summary>
/// What one pod of a pod spec requests, as Karmada computes a replica's resourceRequest: the sum of
/// the containers' requests, raised per resource to any single init container's request (init
/// containers run one at a time before the app containers), plus the pod overhead. CPU is counted in
/// millicores, everything else in whole units; resources the scheduler does not model (names without a
/// domain, other than cpu, memory, ephemeral-storage, pods, hugepages-* and attachable-volumes-*) are
/// ignored. Only requests count: limits are not defaulted into requests for pod templates.
/// </summary>
internal static class PodResourceRequest
{
    private const string Cpu = "cpu";

    public static IReadOnlyDictionary<string, Quantity>? Of(JsonObject? podSpec)
    {
        var total = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var container in JsonRead.Objects(podSpec, "containers"))
        {
            foreach (var (name, amount) in Requests(container))
            {
                total[name] = total.GetValueOrDefault(name) + amount;
            }
        }

        foreach (var container in JsonRead.Objects(podSpec, "initContainers"))
        {
            foreach (var (name, amount) in Requests(container))
            {
                total[name] = Math.Max(total.GetValueOrDefault(name), amount);
            }
        }

        foreach (var (name, amount) in ResourceList(JsonRead.Object(podSpec, "overhead")))
        {
            total[name] = total.GetValueOrDefault(name) + amount;
        }

        var result = new SortedDictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var (name, amount) in total)
        {
            if (amount > 0)
            {
                result[name] = ToQuantity(name, amount);
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static IEnumerable<(string Name, long Amount)> Requests(JsonObject container)
        => ResourceList(JsonRead.Object(container, "resources", "requests"));

    private static IEnumerable<(string Name, long Amount)> ResourceList(JsonObject? list)
    {
        foreach (var (name, node) in list ?? [])
        {
            if (node is null || !IsModelled(name))
            {
                continue;
            }

            var quantity = Parse(name, node);
            yield return (name, name == Cpu ? quantity.MilliValue : quantity.IntegerValue);
        }
    }

    private static Quantity Parse(string name, JsonNode node)
    {
        if (JsonRead.Number(node) is { } number)
        {
            return new Quantity(number);
        }

        return Quantity.TryParse(node.AsString(), out var quantity)
            ? quantity
            : throw new InterpretationException($"invalid quantity for resource \"{name}\": {node.ToJsonString()}");
    }

    private static bool IsModelled(string name)
        => name is Cpu or "memory" or "ephemeral-storage" or "pods"
            || name.Contains('/', StringComparison.Ordinal)
            || name.StartsWith("hugepages-", StringComparison.Ordinal)
            || name.StartsWith("attachable-volumes-", StringComparison.Ordinal);

    private static Quantity ToQuantity(string name, long amount) => name switch
    {
        Cpu => Quantity.FromMilli(amount),
        "memory" or "ephemeral-storage" => new Quantity(amount, QuantityFormat.BinarySI),
        _ when name.StartsWith("hugepages-", StringComparison.Ordinal) => new Quantity(amount, QuantityFormat.BinarySI),
        _ => new Quantity(amount),
    };
}
