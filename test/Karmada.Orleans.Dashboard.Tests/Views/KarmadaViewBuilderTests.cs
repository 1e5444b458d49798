using System.Text.Json.Nodes;
using Karmada.Orleans.Dashboard.Karmada;
using Karmada.Orleans.Diagnostics.Metrics;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Memory;

namespace Karmada.Orleans.Dashboard.Tests.Views;

public sealed class KarmadaViewBuilderTests
{
    private sealed class NoGrains : IGrainFactory
    {
        public TGrainInterface GetGrain<TGrainInterface>(string key)
            where TGrainInterface : IGrainWithStringKey => throw new InvalidOperationException("no grains in this test");
    }

    [Fact]
    public async Task Summarises_clusters_bindings_works_and_events_from_the_store()
    {
        var store = new MemoryObjectStore();
        await store.CreateAsync(new ResourceKey(ClusterRows.Clusters, "", "member1"), Parse("""
            {"apiVersion":"cluster.karmada.io/v1alpha1","kind":"Cluster","metadata":{"name":"member1"},
             "spec":{"syncMode":"Push","taints":[{"key":"cluster.karmada.io/not-ready","effect":"NoSchedule"}]},
             "status":{"kubernetesVersion":"v1.31.0","conditions":[{"type":"Ready","status":"True","reason":"ClusterReady","message":"cluster is healthy and ready to accept workloads","lastTransitionTime":"2025-01-01T00:00:00Z"}],
               "nodeSummary":{"totalNum":3,"readyNum":2},
               "resourceSummary":{"allocatable":{"cpu":"8","memory":"16Gi","pods":"110"},"allocated":{"cpu":"2500m","memory":"4Gi","pods":"5"}}}}
            """));
        await store.CreateAsync(new ResourceKey(ClusterRows.Clusters, "", "member2"), Parse("""{"apiVersion":"cluster.karmada.io/v1alpha1","kind":"Cluster","metadata":{"name":"member2"},"spec":{}}"""));
        await Binding(store, "resourcebindings.work.karmada.io", "default", "web", "True", "True", null);
        await Binding(store, "resourcebindings.work.karmada.io", "default", "api", "False", null, null);
        await Binding(store, "clusterresourcebindings.work.karmada.io", "", "roles", "True", "False", """[{"clusterName":"member1","applied":false,"appliedMessage":"ClusterRole roles already exists"}]""");
        await Work(store, "karmada-es-member1", "w1", "True");
        await Work(store, "karmada-es-member1", "w2", "False");
        await Work(store, "karmada-es-member2", "w3", null);
        await Event(store, "e1", "2025-01-01T00:00:01Z", "Normal", "SyncSucceed");
        await Event(store, "e2", "2025-01-01T00:00:03Z", "Warning", "ScheduleBindingFailed");
        await Event(store, "e3", "2025-01-01T00:00:02Z", "Normal", "ApplyPolicySucceed");

        using var meters = new MeterCollector($"Karmada.Orleans.Test{Guid.NewGuid():n}");
        var view = await new KarmadaViewBuilder(store, new NoGrains(), meters, TimeProvider.System).CurrentAsync();

        var member1 = view.Clusters[0];
        Assert.Equal(("member1", "True", "v1.31.0", "Push"), (member1.Name, member1.Ready, member1.Version, member1.SyncMode));
        Assert.Equal((2, 3), (member1.NodesReady!.Value, member1.NodesTotal!.Value));
        Assert.Equal((2.5, 8.0), (member1.Cpu.Allocated!.Value, member1.Cpu.Allocatable!.Value));
        Assert.Equal(16.0 * 1024 * 1024 * 1024, member1.Memory.Allocatable);
        Assert.Equal(["cluster.karmada.io/not-ready:NoSchedule"], member1.Taints);
        Assert.Null(member1.LastProbe);
        Assert.Equal("Unknown", view.Clusters[1].Ready);
        Assert.Null(view.Clusters[1].Cpu.Allocatable);

        Assert.Equal((3, 2, 1), (view.Bindings.Total, view.Bindings.Scheduled, view.Bindings.FullyApplied));
        Assert.Equal(["default/api", "/roles"], view.Bindings.Failing.Select(f => $"{f.Namespace}/{f.Name}"));
        Assert.Equal("Scheduled", view.Bindings.Failing[0].Condition);
        Assert.Equal("member1: ClusterRole roles already exists", view.Bindings.Failing[1].Message);
        Assert.Equal("ClusterResourceBinding", view.Bindings.Failing[1].Kind);

        Assert.Equal([new WorkRow("member1", 2, 1, 1, 0), new WorkRow("member2", 1, 0, 0, 1)], view.Works);
        Assert.Equal(["ScheduleBindingFailed", "ApplyPolicySucceed", "SyncSucceed"], view.Events.Select(e => e.Reason));
        Assert.Equal("Deployment/default/web", view.Events[0].Object);
        Assert.Equal(0, view.Distribution.Count);
        Assert.Null(view.Distribution.P99Ms);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static Task Binding(IObjectStore store, string resource, string ns, string name, string scheduled, string? fullyApplied, string? aggregated)
    {
        var conditions = new JsonArray(new JsonObject { ["type"] = "Scheduled", ["status"] = scheduled, ["reason"] = scheduled == "True" ? "Success" : "NoClusterFit", ["message"] = scheduled == "True" ? "ok" : "0/2 clusters are available" });
        if (fullyApplied is not null)
        {
            conditions.Add(new JsonObject { ["type"] = "FullyApplied", ["status"] = fullyApplied, ["reason"] = fullyApplied == "True" ? "FullyAppliedSuccess" : "FullyAppliedFailed", ["message"] = "see aggregatedStatus" });
        }

        var status = new JsonObject { ["conditions"] = conditions };
        if (aggregated is not null)
        {
            status["aggregatedStatus"] = JsonNode.Parse(aggregated);
        }

        var metadata = new JsonObject { ["name"] = name };
        if (ns.Length > 0)
        {
            metadata["namespace"] = ns;
        }

        return store.CreateAsync(new ResourceKey(resource, ns, name), new JsonObject
        {
            ["apiVersion"] = "work.karmada.io/v1alpha2",
            ["kind"] = "ResourceBinding",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject { ["resource"] = new JsonObject { ["apiVersion"] = "apps/v1", ["kind"] = "Deployment", ["namespace"] = ns, ["name"] = name }, ["clusters"] = new JsonArray(new JsonObject { ["name"] = "member1" }) },
            ["status"] = status,
        });
    }

    private static Task Work(IObjectStore store, string ns, string name, string? applied) => store.CreateAsync(new ResourceKey("works.work.karmada.io", ns, name), new JsonObject
    {
        ["apiVersion"] = "work.karmada.io/v1alpha1",
        ["kind"] = "Work",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
        ["status"] = applied is null ? null : new JsonObject { ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Applied", ["status"] = applied }) },
    });

    private static Task Event(IObjectStore store, string name, string at, string type, string reason) => store.CreateAsync(new ResourceKey("events", "default", name), new JsonObject
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Event",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["involvedObject"] = new JsonObject { ["kind"] = "Deployment", ["namespace"] = "default", ["name"] = "web" },
        ["type"] = type,
        ["reason"] = reason,
        ["message"] = reason,
        ["lastTimestamp"] = at,
        ["source"] = new JsonObject { ["component"] = "test" },
    });
}
