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

    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message,
            ["reason"] = Reason,
        };
        if (DetailsName is not null || DetailsKind is not null || Causes.Count > 0 || RetryAfterSeconds is not null)
        {
            var details = new JsonObject();
            if (DetailsName is not null)
            {
                details["name"] = DetailsName;
            }

            if (DetailsGroup is not null)
            {
                details["group"] = DetailsGroup;
            }

            if (DetailsKind is not null)
            {
                details["kind"] = DetailsKind;
            }

            if (Causes.Count > 0)
            {
                details["causes"] = new JsonArray(Causes.Select(c => (JsonNode?)new JsonObject
                {
                    ["reason"] = c.Type,
                    ["message"] = c.Message,
                    ["field"] = c.Field,
                }).ToArray());
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

    public static ApiException Unauthorized() => new(401, "Unauthorized", "Unauthorized");

    public static ApiException BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiException NotFound(string message) => new(404, "NotFound", message);

    public static ApiException MethodNotAllowed(string message) => new(405, "MethodNotAllowed", message);

    public static ApiException UnsupportedMediaType(string message) => new(415, "UnsupportedMediaType", message);

    public static ApiException RequestEntityTooLarge(string message) => new(413, "RequestEntityTooLarge", message);

    public static ApiException Gone(string message) => new(410, "Expired", message);

    public static ApiException InternalError(string message) => new(500, "InternalError", message);
}
