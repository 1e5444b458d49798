using System.Text;
using System.Text.Json;
using Karmada.Orleans.Members.Rest;

namespace Karmada.Orleans.Members.Errors;

/// <summary>Turns an error response into a metav1.Status, synthesising one when the body is not a Status (e.g. "404 page not found").</summary>
public static class StatusParser
{
    private const int MaxMessageLength = 1024;

    public static Status Parse(int code, ReadOnlySpan<byte> body)
    {
        var parsed = TryParseStatus(body);
        if (parsed is not null)
        {
            return parsed with
            {
                Code = parsed.Code == 0 ? code : parsed.Code,
                Reason = string.IsNullOrEmpty(parsed.Reason) ? StatusReasons.ForStatusCode(code) : parsed.Reason,
            };
        }

        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.Length > MaxMessageLength)
        {
            text = text[..MaxMessageLength] + "…";
        }

        return new Status
        {
            Result = "Failure",
            Code = code,
            Reason = StatusReasons.ForStatusCode(code),
            Message = text.Length == 0 ? $"the server responded with HTTP {code} and no body" : text,
        };
    }

    /// <summary>The Status in a body, or null when the body is not a JSON object of kind Status.</summary>
    public static Status? TryParseStatus(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var status = JsonSerializer.Deserialize(body, MembersJsonContext.Default.Status);
            return status is { Kind: "Status" } ? status : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
