using System.Net;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Dashboard.Tests;

/// <summary>/metrics of the real silo: valid Prometheus text (strictly parsed), token-protected, and moving with load.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_parse_as_prometheus_text_and_counters_move_with_kubectl_load()
    {
        await using var silo = await SiloProcess.StartAsync();
        using var http = SiloHttp.Client(silo);
        var kubectl = new Kubectl(silo.Kubeconfig);

        using (var anonymous = SiloHttp.Client(silo, withToken: false))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        }

        var before = await ScrapeAsync(http);
        foreach (var family in new[] { "process_cpu_seconds_total", "process_resident_memory_bytes", "dotnet_gc_collections_total", "dotnet_jit_compiled_methods_total", "orleans_catalog_activations", "apiserver_request_total", "apiserver_request_duration_seconds" })
        {
            Assert.True(before.Families.ContainsKey(family), $"/metrics has no {family}");
        }

        (await kubectl.RunAsync("create namespace load")).EnsureSuccess();
        for (var i = 0; i < 5; i++)
        {
            (await kubectl.RunAsync($"-n load create configmap c{i} --from-literal=k=v{i}")).EnsureSuccess();
        }

        (await kubectl.RunAsync("-n load get configmaps")).EnsureSuccess();
        (await kubectl.RunAsync("-n load get configmap c0 -o name")).EnsureSuccess();
        await kubectl.RunAsync("-n load get configmaps --watch --request-timeout=1s"); // ends when the timeout closes the watch

        // Grain calls are counted when the grain's turn ends, watches when they close: wait for both rather than assume.
        PrometheusText.Scrape after = before;
        await Eventually.HoldsAsync(async () =>
        {
            after = await ScrapeAsync(http);
            return after.Sum("orleans_grain_calls_total", ("type", "namespacesync")) > before.Sum("orleans_grain_calls_total", ("type", "namespacesync"))
                && after.Sum("apiserver_request_total", ("verb", "WATCH"), ("resource", "configmaps")) >= 1;
        }, TimeSpan.FromSeconds(30), "the namespace sync grain was called for the new namespace and the watch was counted when it ended");

        Assert.Equal(5, Delta("apiserver_request_total", ("verb", "POST"), ("resource", "configmaps"), ("code", "201")));
        Assert.True(Delta("apiserver_request_total", ("verb", "LIST"), ("resource", "configmaps")) >= 1);
        Assert.True(Delta("apiserver_request_total", ("verb", "GET"), ("resource", "configmaps"), ("scope", "resource")) >= 1);
        Assert.True(Delta("apiserver_request_total", ("verb", "WATCH"), ("resource", "configmaps")) >= 1);
        Assert.Equal(0, Delta("apiserver_request_duration_seconds_count", ("verb", "WATCH")));
        Assert.Equal(0, after.Sum("apiserver_longrunning_requests", ("verb", "WATCH"), ("resource", "configmaps")));
        Assert.Equal(5, Delta("apiserver_request_duration_seconds_count", ("verb", "POST"), ("resource", "configmaps")));
        Assert.True(Delta("karmada_store_changes_total", ("resource", "configmaps"), ("type", "ADDED")) >= 5);
        Assert.True(Delta("karmada_store_writes_total", ("resource", "configmaps"), ("operation", "create"), ("result", "ok")) >= 5);
        Assert.True(Delta("process_cpu_seconds_total") > 0);
        Assert.True(after.Sum("dotnet_jit_compiled_methods_total") > 0);
        Assert.True(after.Sum("orleans_grain_activations", ("type", "namespacesync")) >= 1);
        Assert.True(after.Sum("orleans_grain_call_duration_seconds_count") > before.Sum("orleans_grain_call_duration_seconds_count"));

        double Delta(string name, params (string, string)[] labels) => after.Sum(name, labels) - before.Sum(name, labels);
    }

    private static async Task<PrometheusText.Scrape> ScrapeAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }
}
