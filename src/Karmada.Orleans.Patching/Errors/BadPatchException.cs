namespace Karmada.Orleans.Patching;

/// <summary>400 BadRequest: the patch document itself is malformed (not a JSON patch array, undecodable YAML,
/// a misused <c>$retainKeys</c>, an apply configuration of the wrong version or carrying managedFields).</summary>
public sealed class BadPatchException(string message) : PatchException(message, 400, "BadRequest");
