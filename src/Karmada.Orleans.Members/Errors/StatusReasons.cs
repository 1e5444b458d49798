namespace Karmada.Orleans.Members.Errors;

/// <summary>metav1.StatusReason values the client acts on.</summary>
public static class StatusReasons
{
    public const string Unauthorized = "Unauthorized";
    public const string Forbidden = "Forbidden";
    public const string NotFound = "NotFound";
    public const string AlreadyExists = "AlreadyExists";
    public const string Conflict = "Conflict";
    public const string Gone = "Gone";
    public const string Expired = "Expired";
    public const string Invalid = "Invalid";
    public const string ServerTimeout = "ServerTimeout";
    public const string Timeout = "Timeout";
    public const string TooManyRequests = "TooManyRequests";
    public const string BadRequest = "BadRequest";
    public const string MethodNotAllowed = "MethodNotAllowed";
    public const string NotAcceptable = "NotAcceptable";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string InternalError = "InternalError";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string Unknown = "Unknown";

    /// <summary>The reason the API server would give for a bare HTTP status code (as client-go does for non-Status bodies).</summary>
    public static string ForStatusCode(int code) => code switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        409 => Conflict,
        410 => Expired,
        415 => UnsupportedMediaType,
        422 => Invalid,
        429 => TooManyRequests,
        500 => InternalError,
        503 => ServiceUnavailable,
        504 => ServerTimeout,
        _ => Unknown,
    };
}
