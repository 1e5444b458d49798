namespace Karmada.Orleans.Members.Errors;

/// <summary>404 Not Found: the object (or the API path) does not exist.</summary>
public sealed class KubernetesNotFoundException : KubernetesApiException
{
    public KubernetesNotFoundException(Status status, string cluster, string method, string path)
        : base(status, cluster, method, path)
    {
    }
}
