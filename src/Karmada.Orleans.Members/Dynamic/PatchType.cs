namespace Karmada.Orleans.Members.Dynamic;

/// <summary>The patch formats of PATCH (server-side apply has its own method).</summary>
public enum PatchType
{
    /// <summary>RFC 6902 JSON patch: a list of operations.</summary>
    Json,

    /// <summary>RFC 7386 JSON merge patch: lists are replaced.</summary>
    Merge,

    /// <summary>Kubernetes strategic merge patch: lists merge by their patch merge key (built-in kinds only).</summary>
    StrategicMerge,
}
