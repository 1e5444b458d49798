using Karmada.Orleans.ApiServer.Http;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Security;

/// <summary>
/// Bearer-token authentication for every request except the health probes; anything else without a
/// valid token gets kube-apiserver's 401 Status.
/// </summary>
public sealed class TokenAuthenticationMiddleware(RequestDelegate next, TokenFile tokens)
{
    public const string UserItem = "karmada.user";

    private static readonly HashSet<string> Anonymous = new(StringComparer.Ordinal) { "/healthz", "/readyz", "/livez" };

    public async Task InvokeAsync(HttpContext context)
    {
        if (Anonymous.Contains(context.Request.Path.Value ?? ""))
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && tokens.Authenticate(header["Bearer ".Length..].Trim()) is { } user)
        {
            context.Items[UserItem] = user;
            await next(context);
            return;
        }

        await StatusWriter.WriteAsync(context, ApiException.Unauthorized());
    }
}
