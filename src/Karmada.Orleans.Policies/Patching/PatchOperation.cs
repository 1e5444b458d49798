namespace Karmada.Orleans.Policies;

/// <summary>One RFC 6902 operation (add, remove or replace: the operators Karmada's overriders use).</summary>
public sealed record PatchOperation(string Op, string Path, JsonNode? Value = null);
