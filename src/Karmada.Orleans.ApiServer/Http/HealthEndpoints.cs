using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Karmada.Orleans.ApiServer.Http;

/// <summary>/healthz, /livez and /readyz as kube-apiserver answers them: "ok", or the failing checks with ?verbose.</summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints, Func<bool> ready)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/livez", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", (HttpContext context) =>
        {
            var ok = ready();
            var verbose = context.Request.Query.ContainsKey("verbose");
            var body = verbose ? $"[{(ok ? "+" : "-")}]ping ok\n[{(ok ? "+" : "-")}]storage {(ok ? "ok" : "failed")}\nreadyz check {(ok ? "passed" : "failed")}\n" : ok ? "ok" : "[-]storage failed: not ready\nreadyz check failed";
            return Results.Text(body, statusCode: ok ? 200 : 500);
        });
    }
}
