namespace Karmada.Orleans.Patching;

/// <summary>One <c>metav1.StatusCause</c>: why (<paramref name="Reason"/>), what, and which field.</summary>
public sealed record StatusCause(string Reason, string Message, string Field);
