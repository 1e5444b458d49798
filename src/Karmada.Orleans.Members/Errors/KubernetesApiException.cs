using System.Text;

namespace Karmada.Orleans.Members.Errors;

/// <summary>
/// The API server answered with a non-2xx code. Carries the server's metav1.Status; <see cref="Exception.Message"/>
/// names the cluster and request so a user can act on it. Subclasses exist for the cases callers branch on.
/// </summary>
public class KubernetesApiException : Exception
{
    public KubernetesApiException(Status status, string cluster, string method, string path)
        : base(FormatMessage(status, cluster, method, path))
    {
        Status = status;
        Cluster = cluster;
        Method = method;
        Path = path;
    }

    public Status Status { get; }

    /// <summary>The cluster name the client was created for (from the kubeconfig context or the caller).</summary>
    public string Cluster { get; }

    public string Method { get; }

    /// <summary>The request path and query, relative to the server URL.</summary>
    public string Path { get; }

    public int StatusCode => Status.Code;

    public string Reason => Status.Reason ?? StatusReasons.Unknown;

    public IReadOnlyList<StatusCause> Causes => Status.Details?.Causes ?? [];

    public bool IsNotFound => StatusCode == 404;

    public bool IsConflict => StatusCode == 409 && Reason == StatusReasons.Conflict;

    public bool IsAlreadyExists => StatusCode == 409 && Reason == StatusReasons.AlreadyExists;

    public bool IsGone => StatusCode == 410;

    public bool IsInvalid => StatusCode == 422;

    /// <summary>The exception type for a status: conflicts, not-found, already-exists and gone are typed.</summary>
    public static KubernetesApiException Create(Status status, string cluster, string method, string path)
    {
        return (status.Code, status.Reason) switch
        {
            (404, _) => new KubernetesNotFoundException(status, cluster, method, path),
            (409, StatusReasons.AlreadyExists) => new KubernetesAlreadyExistsException(status, cluster, method, path),
            (409, _) => new KubernetesConflictException(status, cluster, method, path),
            (410, _) => new KubernetesGoneException(status, cluster, method, path),
            _ => new KubernetesApiException(status, cluster, method, path),
        };
    }

    internal static string FormatMessage(Status status, string cluster, string method, string path)
    {
        var message = new StringBuilder();
        message.Append($"cluster \"{cluster}\": {method} {path}: {status.Reason ?? StatusReasons.Unknown} ({status.Code})");
        var text = string.IsNullOrWhiteSpace(status.Message) ? null : status.Message.Trim();
        if (text is not null)
        {
            message.Append(": ").Append(text);
        }

        var extraCauses = (status.Details?.Causes ?? [])
            .Where(c => c.Message is not null && (text is null || !text.Contains(c.Message, StringComparison.Ordinal)))
            .Select(c => c.Field is null ? c.Message : $"{c.Field}: {c.Message}")
            .ToList();
        if (extraCauses.Count > 0)
        {
            message.Append(" [").Append(string.Join("; ", extraCauses)).Append(']');
        }

        var hint = status.Code switch
        {
            401 => "the server rejected the credentials: check the token or client certificate configured for this cluster",
            403 => "the credentials are valid but lack permission (RBAC) for this request",
            404 when status.Details is null && text is not null && text.Contains("page not found", StringComparison.Ordinal)
                => "the server does not serve this path: is the API group/version installed, or the server URL's path prefix right?",
            _ => null,
        };
        if (hint is not null)
        {
            message.Append(" (").Append(hint).Append(')');
        }

        return message.ToString();
    }
}
