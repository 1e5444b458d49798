using System.Text.Json.Nodes;

namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>A failure the fake API server answers with a metav1.Status.</summary>
internal sealed class StoreException(int code, string reason, string message, JsonObject? details = null) : Exception(message)
{
    public int Code { get; } = code;

    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = Message,
            ["reason"] = reason,
        };
        if (details is not null)
        {
            status["details"] = details;
        }

        status["code"] = Code;
        return status;
    }
}
