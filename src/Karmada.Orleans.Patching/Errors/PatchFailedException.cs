namespace Karmada.Orleans.Patching;

/// <summary>
/// 500 with no reason: what kube v1.20 answers when a strategic merge patch breaks its own rules (missing merge
/// key, unknown <c>$patch</c>, <c>$setElementOrder</c> mismatch), a merge patch is not JSON, or an apply
/// configuration does not match the schema ("failed to create typed patch object: …").
/// </summary>
public sealed class PatchFailedException(string message) : PatchException(message, 500, null);
