namespace Karmada.Orleans.Members.Dynamic;

/// <summary>Delete only if the object still has this uid and/or resourceVersion (409 Conflict otherwise).</summary>
public sealed record Preconditions(string? Uid = null, string? ResourceVersion = null);
