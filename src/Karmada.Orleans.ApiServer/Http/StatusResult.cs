using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer.Http;

/// <summary>A field-level cause in a metav1.Status (what is wrong, where).</summary>
public sealed record StatusCause(string Type, string Message, string Field);

/// <summary>
/// A Kubernetes API error: everything needed to write a metav1.Status body with the right HTTP
/// code, reason and details, as kube-apiserver does.
/// </summary>
public sealed class ApiException(int code, string reason, string message) : Exception(message)
{
    public int Code { get; } = code;

    public string Reason { get; } = reason;

    public string? DetailsName { get; init; }

    public string? DetailsGroup { get; init; }

    public string? DetailsKind { get; init; }

    public IReadOnlyList<StatusCause> Causes { get; init; } = [];

    public int? RetryAfterSeconds { get; init; }

    /// <summary>Writes <c>"details": {}</c> even when there is nothing in it, as kube's generic server responses do.</summary>
    public bool EmptyDetails { get; init; }

    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message,
        };
        if (Reason.Length > 0)
        {
            // kube omits the reason of errors it did not classify (a plain 500).
            status["reason"] = Reason;
        }

        if (EmptyDetails || !string.IsNullOrEmpty(DetailsName) || !string.IsNullOrEmpty(DetailsGroup) || !string.IsNullOrEmpty(DetailsKind) || Causes.Count > 0 || RetryAfterSeconds is not null)
        {
            // metav1.StatusDetails fields are omitempty.
            var details = new JsonObject();
            if (!string.IsNullOrEmpty(DetailsName))
            {
                details["name"] = DetailsName;
            }

            if (!string.IsNullOrEmpty(DetailsGroup))
            {
                details["group"] = DetailsGroup;
            }

            if (!string.IsNullOrEmpty(DetailsKind))
            {
                details["kind"] = DetailsKind;
            }

            if (Causes.Count > 0)
            {
                details["causes"] = new JsonArray(Causes.Select(c => (JsonNode?)Cause(c)).ToArray());
            }

            if (RetryAfterSeconds is { } retry)
            {
                details["retryAfterSeconds"] = retry;
            }

            status["details"] = details;
        }

        status["code"] = Code;
        return status;
    }

    private static JsonObject Cause(StatusCause cause)
    {
        var json = new JsonObject { ["reason"] = cause.Type, ["message"] = cause.Message };
        if (cause.Field.Length > 0)
        {
            json["field"] = cause.Field;
        }

        return json;
    }

    public static ApiException Unauthorized() => new(401, "Unauthorized", "Unauthorized");

    public static ApiException BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiException NotFound(string message) => new(404, "NotFound", message);

    public static ApiException MethodNotAllowed(string message) => new(405, "MethodNotAllowed", message);

    /// <summary>What kube answers for a method a resource does not serve (go-restful's generic 405).</summary>
    public static ApiException MethodNotAllowed() => new(405, "MethodNotAllowed", "the server does not allow this method on the requested resource") { EmptyDetails = true };

    /// <summary>kube's 404 for a path under a served group version that names no resource or subresource.</summary>
    public static ApiException ResourceNotFound() => new(404, "NotFound", "the server could not find the requested resource") { EmptyDetails = true };

    /// <summary>kube's 500 for an error it did not classify: no reason.</summary>
    public static ApiException Unclassified(string message) => new(500, "", message);

    public static ApiException UnsupportedMediaType(string message) => new(415, "UnsupportedMediaType", message);

    public static ApiException RequestEntityTooLarge(string message) => new(413, "RequestEntityTooLarge", message);

    public static ApiException Gone(string message) => new(410, "Expired", message);

    public static ApiException InternalError(string message) => new(500, "InternalError", message);
}
