using System.Text.Json.Nodes;

namespace Karmada.Orleans.Patching;

/// <summary>
/// A patch or apply the server must refuse. Carries the HTTP status and <c>metav1.Status</c> reason a
/// kube-apiserver v1.20 answers with, so the API layer maps every subclass the same way.
/// </summary>
public abstract class PatchException : Exception
{
    private protected PatchException(string message, int statusCode, string? reason, IReadOnlyList<StatusCause>? causes = null)
        : base(message)
    {
        StatusCode = statusCode;
        Reason = reason;
        Causes = causes ?? [];
    }

    /// <summary>HTTP status code (400, 409, 415, 422 or 500).</summary>
    public int StatusCode { get; }

    /// <summary><c>metav1.StatusReason</c>; null where kube sends none (its 500s).</summary>
    public string? Reason { get; }

    /// <summary>Details of the failure (field manager conflicts list one cause per field).</summary>
    public IReadOnlyList<StatusCause> Causes { get; }

    /// <summary>The <c>metav1.Status</c> body kube returns for this failure.</summary>
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
        if (Reason is not null)
        {
            status["reason"] = Reason;
        }

        if (Causes.Count > 0)
        {
            var causes = new JsonArray();
            foreach (var cause in Causes)
            {
                causes.Add(new JsonObject { ["reason"] = cause.Reason, ["message"] = cause.Message, ["field"] = cause.Field });
            }

            status["details"] = new JsonObject { ["causes"] = causes };
        }

        status["code"] = StatusCode;
        return status;
    }
}
