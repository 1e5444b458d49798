using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Http;

/// <summary>
/// kube-apiserver's request metrics: apiserver_request_total and apiserver_request_duration_seconds by
/// verb, group, version, resource, subresource, scope and code, and apiserver_longrunning_requests for
/// open watches. Verbs are reported as kube-apiserver does (LIST, WATCH, APPLY, ...).
/// </summary>
public sealed class ApiRequestMetrics(RequestDelegate next)
{
    private static readonly Meter Meter = new("Karmada.Orleans.ApiServer");

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "apiserver_request_total", description: "Counter of apiserver requests broken out for each verb, group, version, resource, subresource, scope and HTTP response code.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "apiserver_request_duration_seconds", "s", "Response latency distribution in seconds for each verb, group, version, resource, subresource, scope and code (watches excluded).", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60] });

    private static readonly UpDownCounter<long> LongRunning = Meter.CreateUpDownCounter<long>(
        "apiserver_longrunning_requests", description: "Gauge of all active long-running apiserver requests (watches) broken out by verb, group, version, resource and scope.");

    private static readonly string[] Codes = Enumerable.Range(0, 600).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var info = RequestInfo.Parse(context.Request.Path.Value ?? "/");
        var verb = Verb(context.Request, info);
        var tags = new TagList
        {
            { "verb", verb },
            { "group", info.Group },
            { "version", info.Version },
            { "resource", info.Resource ?? "" },
            { "subresource", info.Subresource ?? "" },
            { "scope", Scope(info) },
        };
        var watch = verb == "WATCH";
        if (watch)
        {
            LongRunning.Add(1, tags);
        }

        var code = 500;
        try
        {
            await next(context);
            code = context.Response.StatusCode;
        }
        finally
        {
            if (watch)
            {
                LongRunning.Add(-1, tags);
            }

            tags.Add("code", code is >= 0 and < 600 ? Codes[code] : code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Requests.Add(1, tags);
            if (!watch)
            {
                Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            }
        }
    }

    /// <summary>The verb as kube-apiserver reports it in metrics.</summary>
    public static string Verb(HttpRequest request, RequestInfo info)
    {
        var method = request.Method;
        var resource = info.Kind == ApiPathKind.Resource;
        if (resource && info.Name is null && method == "GET")
        {
            return request.Query["watch"] is [var w, ..] && (w == "true" || w == "1") ? "WATCH" : "LIST";
        }

        if (resource && method == "GET" && request.Query["watch"] is [var named, ..] && (named == "true" || named == "1"))
        {
            return "WATCH";
        }

        if (method == "PATCH" && request.ContentType?.StartsWith("application/apply-patch", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "APPLY";
        }

        if (resource && info.Name is null && method == "DELETE")
        {
            return "DELETECOLLECTION";
        }

        return method;
    }

    private static string Scope(RequestInfo info) =>
        info.Kind != ApiPathKind.Resource ? ""
        : info.Name is not null ? "resource"
        : info.Namespace is not null ? "namespace"
        : "cluster";
}
