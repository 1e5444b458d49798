namespace Karmada.Orleans.Patching;

/// <summary>Content types of <see cref="PatchType"/>.</summary>
public static class PatchTypes
{
    public const string JsonPatch = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicMergePatch = "application/strategic-merge-patch+json";
    public const string ApplyPatch = "application/apply-patch+yaml";

    /// <summary>Every patch content type, in the order kube lists them for built-in kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [JsonPatch, MergePatch, StrategicMergePatch, ApplyPatch];

    /// <summary>Reads a Content-Type header (parameters such as <c>; charset=utf-8</c> are ignored).</summary>
    public static bool TryParse(string? contentType, out PatchType type)
    {
        var mediaType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        (var known, type) = mediaType switch
        {
            JsonPatch => (true, PatchType.Json),
            MergePatch => (true, PatchType.Merge),
            StrategicMergePatch => (true, PatchType.StrategicMerge),
            ApplyPatch => (true, PatchType.Apply),
            _ => (false, default),
        };
        return known;
    }

    public static string ContentType(PatchType type) => type switch
    {
        PatchType.Json => JsonPatch,
        PatchType.Merge => MergePatch,
        PatchType.StrategicMerge => StrategicMergePatch,
        _ => ApplyPatch,
    };
}
