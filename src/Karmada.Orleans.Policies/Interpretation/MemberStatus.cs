using System.Text.Json;

namespace Karmada.Orleans.Policies;

/// <summary>One member's reflected status from a binding's aggregatedStatus.</summary>
internal readonly record struct MemberStatus(string ClusterName, JsonObject? Status)
{
    public static List<MemberStatus> From(IReadOnlyList<AggregatedStatusItem> items)
        => [.. items.Select(i => new MemberStatus(i.ClusterName, Parse(i)))];

    /// <summary>Sum of an integer field over the members that reported a status.</summary>
    public static long Sum(IEnumerable<MemberStatus> members, string field)
        => members.Sum(m => JsonRead.IntegerOrZero(m.Status, field));

    private static JsonObject? Parse(AggregatedStatusItem item)
    {
        if (item.Status is not { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } element)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(element)!
            : throw new InterpretationException($"status of cluster {item.ClusterName} is {element.ValueKind}, not an object");
    }
}
