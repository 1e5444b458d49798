namespace Karmada.Orleans.Members.Errors;

/// <summary>409 Conflict: a stale resourceVersion on update, a failed precondition, or a server-side apply field-manager conflict (see Causes).</summary>
public sealed class KubernetesConflictException : KubernetesApiException
{
    public KubernetesConflictException(Status status, string cluster, string method, string path)
        : base(status, cluster, method, path)
    {
    }
}
