namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>A field an apply would change that another manager owns.</summary>
public sealed record ApplyConflict(ManagedFieldsEntry Owner, FieldPath Path)
{
    /// <summary>"conflict with \"kubectl-create\" using v1": the cause message kube sends.</summary>
    public string Message => $"conflict with {Owner.Display}";
}
