using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Dynamic;

public static class PatchTypeExtensions
{
    public static string ToMediaType(this PatchType type) => type switch
    {
        PatchType.Json => MediaTypes.JsonPatch,
        PatchType.Merge => MediaTypes.MergePatch,
        PatchType.StrategicMerge => MediaTypes.StrategicMergePatch,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown patch type"),
    };
}
