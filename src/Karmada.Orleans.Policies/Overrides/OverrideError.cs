namespace Karmada.Orleans.Policies;

/// <summary>
/// Why overriding failed: the policy (kind, namespace, name), the overrider within it (e.g.
/// "spec.overrideRules[0].overriders.plaintext[1]"), the JSON pointer in the object and the reason.
/// </summary>
public sealed record OverrideError(string PolicyKind, string? PolicyNamespace, string PolicyName, string Field, string Path, string Reason)
{
    /// <summary>The policy, the overrider and the reason, with the path when the reason does not already quote it.</summary>
    public string Message
        => $"apply {PolicyKind} {(string.IsNullOrEmpty(PolicyNamespace) ? "" : PolicyNamespace + "/")}{PolicyName} failed: {Field}: {Reason}"
            + (Path.Length == 0 || Reason.Contains($"\"{Path}\"", StringComparison.Ordinal) ? "" : $" at \"{Path}\"");

    public override string ToString() => Message;
}
