namespace Karmada.Orleans.Members.Rest;

/// <summary>Content types the API server accepts for writes.</summary>
public static class MediaTypes
{
    public const string Json = "application/json";
    public const string JsonPatch = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicMergePatch = "application/strategic-merge-patch+json";
    public const string ApplyPatch = "application/apply-patch+yaml";
}
