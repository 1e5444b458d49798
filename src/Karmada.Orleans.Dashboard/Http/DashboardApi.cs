using System.Text.Json;
using System.Text.Json.Serialization;
using Karmada.Orleans.Dashboard.Karmada;
using Karmada.Orleans.Dashboard.Runtime;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.Dashboard.Http;

/// <summary>The dashboard's JSON endpoints under /dashboard/api (behind the API's token authentication).</summary>
public static class DashboardApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Task RuntimeAsync(HttpContext context, RuntimeSampler sampler) => WriteAsync(context, sampler.Current);

    public static async Task KarmadaAsync(HttpContext context, KarmadaViewBuilder builder) => await WriteAsync(context, await builder.CurrentAsync());

    private static async Task WriteAsync<T>(HttpContext context, T value)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, Json, context.RequestAborted);
    }
}
