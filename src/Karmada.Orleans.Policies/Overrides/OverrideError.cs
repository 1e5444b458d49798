namespace Karmada.Orleans.Policies;

/// <summary>
/// Why overriding failed: the policy (kind, namespace, name), the overrider within it (e.g.
/// "spec.overrideRules[0].overriders.plaintext[1]"), the JSON pointer in the object and the reason.
/// </summary>
public sealed record OverrideError(string PolicyKind, string? PolicyNamespace, string PolicyName, string Field, string Path, string Reason)
{
    public string Message => $"apply {PolicyKind} {(string.IsNullOrEmpty(PolicyNamespace) ? "" : PolicyNamespace + "/")}{PolicyName} failed: {Field}: {Reason}";

    public override string ToString() => Message;
}
