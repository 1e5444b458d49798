namespace Karmada.Orleans.Policies;

/// <summary>The kinds of field error Kubernetes admission reports.</summary>
public enum FieldErrorType
{
    Required,
    Invalid,
    NotSupported,
    Forbidden,
}
