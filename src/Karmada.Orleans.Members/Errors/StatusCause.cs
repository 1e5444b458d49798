namespace Karmada.Orleans.Members.Errors;

/// <summary>metav1.StatusCause: one reason a request failed, often naming a field.</summary>
public sealed record StatusCause
{
    public string? Reason { get; init; }
    public string? Message { get; init; }
    public string? Field { get; init; }
}
