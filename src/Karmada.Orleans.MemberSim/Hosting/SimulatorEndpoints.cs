using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.MemberSim.Faults;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.MemberSim.Hosting;

/// <summary>
/// Routing of the simulator's listener: /clusters/NAME/… to that cluster's API, /admin/… to the
/// admin API (bearer admin token): GET /admin/clusters lists the clusters, PUT
/// /admin/clusters/NAME/fault with {"mode":"Unreachable|Slow|Error|None","delay":"2s","statusCode":503}
/// injects or clears a fault.
/// </summary>
internal static class SimulatorEndpoints
{
    private const string ClustersPrefix = "/clusters/";
    private const string AdminPrefix = "/admin/clusters";

    public static async Task HandleAsync(HttpContext context, MemberSimulator simulator)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(ClustersPrefix, StringComparison.Ordinal))
        {
            var rest = path[ClustersPrefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var name = slash < 0 ? rest : rest[..slash];
            if (simulator.TryGetCluster(name, out var cluster))
            {
                await cluster.HandleAsync(context, slash < 0 ? "/" : rest[slash..]);
                return;
            }
        }
        else if (path == "/healthz")
        {
            await context.Response.WriteAsync("ok");
            return;
        }
        else if (path.StartsWith(AdminPrefix, StringComparison.Ordinal))
        {
            await AdminAsync(context, simulator, path[AdminPrefix.Length..]);
            return;
        }

        context.Response.StatusCode = 404;
        await context.Response.WriteAsync("404 page not found\n");
    }

    private static async Task AdminAsync(HttpContext context, MemberSimulator simulator, string rest)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + simulator.AdminToken)
        {
            await StatusWriter.WriteAsync(context, ApiException.Unauthorized());
            return;
        }

        if (rest.Length == 0 && HttpMethods.IsGet(context.Request.Method))
        {
            var items = new JsonArray();
            foreach (var cluster in simulator.Clusters)
            {
                items.Add(await cluster.DescribeAsync(context.RequestAborted));
            }

            await ResponseWriter.WriteJsonAsync(context, 200, new JsonObject { ["clusters"] = items });
            return;
        }

        var parts = rest.Trim('/').Split('/');
        if (parts.Length == 2 && parts[1] == "fault" && simulator.TryGetCluster(parts[0], out var target))
        {
            if (HttpMethods.IsGet(context.Request.Method))
            {
                await ResponseWriter.WriteJsonAsync(context, 200, Describe(target.Fault));
                return;
            }

            if (HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsPost(context.Request.Method))
            {
                ClusterFault fault;
                try
                {
                    var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject ?? [];
                    var mode = body["mode"]?.ToString() ?? "None";
                    var argument = body["delay"]?.ToString() ?? body["statusCode"]?.ToString();
                    fault = ClusterFault.Parse(argument is null ? mode : $"{mode}={argument}");
                }
                catch (Exception ex) when (ex is FormatException or JsonException)
                {
                    await StatusWriter.WriteAsync(context, ApiException.BadRequest(ex.Message));
                    return;
                }

                target.Fault = fault;
                await ResponseWriter.WriteJsonAsync(context, 200, Describe(fault));
                return;
            }

            await StatusWriter.WriteAsync(context, ApiException.MethodNotAllowed($"{context.Request.Method} is not supported on {context.Request.Path}"));
            return;
        }

        await StatusWriter.WriteAsync(context, new ApiException(404, "NotFound", $"no simulated cluster at {context.Request.Path}"));
    }

    private static JsonObject Describe(ClusterFault fault) => new()
    {
        ["mode"] = fault.Mode.ToString(),
        ["delay"] = $"{fault.Delay.TotalMilliseconds:0}ms",
        ["statusCode"] = fault.StatusCode,
    };
}
