namespace Karmada.Orleans.Members.Errors;

/// <summary>410 Gone/Expired: the resourceVersion or continue token is too old; relist.</summary>
public sealed class KubernetesGoneException : KubernetesApiException
{
    public KubernetesGoneException(Status status, string cluster, string method, string path)
        : base(status, cluster, method, path)
    {
    }
}
