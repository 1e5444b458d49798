namespace Karmada.Orleans.Patching;

/// <summary>
/// 415 UnsupportedMediaType: a strategic merge patch for a kind with no patch schema (custom resources), or a
/// patch content type the server does not know. The message lists what is accepted, as kube's does.
/// </summary>
public sealed class UnsupportedPatchTypeException(IReadOnlyList<string> acceptedMediaTypes)
    : PatchException(
        "the body of the request was in an unknown format - accepted media types include: " + string.Join(", ", acceptedMediaTypes),
        415,
        "UnsupportedMediaType")
{
    /// <summary>Patch media types the kind does accept.</summary>
    public IReadOnlyList<string> AcceptedMediaTypes { get; } = acceptedMediaTypes;
}
