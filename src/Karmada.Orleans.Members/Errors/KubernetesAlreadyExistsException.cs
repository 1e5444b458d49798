namespace Karmada.Orleans.Members.Errors;

/// <summary>409 AlreadyExists: an object with that name exists already.</summary>
public sealed class KubernetesAlreadyExistsException : KubernetesApiException
{
    public KubernetesAlreadyExistsException(Status status, string cluster, string method, string path)
        : base(status, cluster, method, path)
    {
    }
}
