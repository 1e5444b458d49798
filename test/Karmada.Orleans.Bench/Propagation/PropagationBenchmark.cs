using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.Bench.Api;
using Karmada.Orleans.MemberSim;
using Karmada.Orleans.MemberSim.Simulation;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Registration;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Bench.Propagation;

/// <summary>
/// bench propagation: a silo (its own process, SQLite) and M simulated members (in this process);
/// D Deployments and their propagation policies applied through the control plane's API; measured:
/// template-to-member latency (POST sent → the Deployment exists in every target member),
/// time until every member has its objects, time until every template's aggregated status is
/// ready, the silo's peak and final RSS and CPU seconds.
/// </summary>
public static class PropagationBenchmark
{
    private const string Namespace = "bench";
    private const string WarmupNamespace = "bench-warmup";
    private static readonly GroupVersionResource Deployments = new("apps", "v1", "deployments");
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");
    private static readonly GroupVersionResource Policies = new("policy.karmada.io", "v1alpha1", "propagationpolicies");
    private static readonly GroupVersionResource Works = new("work.karmada.io", "v1alpha1", "works");

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(BenchArgs args)
    {
        var scenario = PropagationScenario.From(args);
        var log = args.Has("quiet") ? TextWriter.Null : Console.Error;
        var timeout = TimeSpan.FromMinutes(args.GetInt("timeout-minutes", 10));
        var directory = Directory.CreateTempSubdirectory("bench-propagation-").FullName;
        SiloProcess? started = null;
        try
        {
            await using var simulator = await MemberSimulator.StartAsync(new SimulatorOptions
            {
                Clusters = scenario.Members,
                Port = 0,
                OutputDirectory = Path.Combine(directory, "members"),
                ReadyDelay = scenario.ReadyDelay,
                Nodes = new NodePool { Count = 3, Cpu = "64", Memory = "256Gi", Pods = 5000 },
            });
            // GC settings given to this process (the simulated members) are not the silo's: 0 means the default.
            var siloEnvironment = new[] { "DOTNET_GCgen0size", "DOTNET_GCgen0MaxBudget" }
                .Where(v => Environment.GetEnvironmentVariable(v) is not null).ToDictionary(v => v, _ => "0");
            await using var silo = await SiloProcess.StartAsync(Path.Combine(directory, "silo"), executable: args.Get("silo"), environment: siloEnvironment);
            started = silo;
            using var karmada = new KubernetesClusterClient(KubeConfigLoader.LoadFile(silo.Kubeconfig).ToRestConfig() with { Qps = 100_000, Burst = 100_000 });
            log.WriteLine($"[propagation] {scenario.Name}: {scenario.Members} members, {scenario.Deployments} deployments, {scenario.Strategy} to {scenario.Targets}; silo pid {silo.ProcessId}");

            await JoinAsync(karmada, simulator, timeout);
            var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            var peak = 0L;
            void Sample() => peak = Math.Max(peak, ProcessStats.Memory(silo.ProcessId).PeakRssBytes);
            if (scenario.Warmup > 0)
            {
                var warmup = scenario with { Deployments = scenario.Warmup };
                await PrepareNamespaceAsync(karmada, simulator, timeout, WarmupNamespace);
                await CreatePoliciesAsync(karmada, simulator, scenario, WarmupNamespace);
                log.WriteLine($"[propagation] warming up with {warmup.Deployments} deployments in {WarmupNamespace}");
                await using (var warmupArrivals = new MemberArrivals(simulator.Clusters, WarmupNamespace, scenario.Targets))
                {
                    await CreateDeploymentsAsync(karmada.Resource(Deployments).Namespace(WarmupNamespace), warmup);
                    await WaitForArrivalsAsync(warmupArrivals, warmup, deadline, Sample, TextWriter.Null, Stopwatch.GetTimestamp());
                }

                await WaitForAggregatedStatusAsync(karmada.Resource(Deployments).Namespace(WarmupNamespace), warmup, deadline, Sample);
                var settled = await SiloRuntime.WaitForJitToSettleAsync(karmada, methodsPerSecond: 20, TimeSpan.FromSeconds(60));
                log.WriteLine($"[propagation] warm-up done; the silo's JIT settled {settled.TotalSeconds:N0}s after the last status");
            }

            await PrepareNamespaceAsync(karmada, simulator, timeout, Namespace);
            await CreatePoliciesAsync(karmada, simulator, scenario, Namespace);
            log.WriteLine($"[propagation] {scenario.Members} members ready; creating deployments");

            await using var arrivals = new MemberArrivals(simulator.Clusters, Namespace, scenario.Targets);
            var cpuBefore = ProcessStats.CpuSeconds(silo.ProcessId);
            var membersCpuBefore = ProcessStats.CpuSeconds(Environment.ProcessId);
            var metricsBefore = await SiloMetrics.ScrapeAsync(karmada);
            var appliedBefore = scenario.Warmup > 0 ? await CountAppliedWorksAsync(karmada) : 0;
            var writes = karmada.Resource(Deployments).Namespace(Namespace);
            var begin = Stopwatch.GetTimestamp();
            var created = await CreateDeploymentsAsync(writes, scenario);
            var createSeconds = Stopwatch.GetElapsedTime(begin).TotalSeconds;
            log.WriteLine($"[propagation] created {scenario.Deployments} in {createSeconds:N1}s; waiting for members");
            await WaitForArrivalsAsync(arrivals, scenario, deadline, Sample, log, begin);

            var allApplied = Stopwatch.GetElapsedTime(begin).TotalSeconds;
            var latencies = new LatencyRecorder();
            for (var i = 0; i < scenario.Deployments; i++)
            {
                latencies.Add("propagate", Stopwatch.GetElapsedTime(created[i], arrivals.CompletedAt(Name(i))!.Value).TotalMilliseconds);
            }

            latencies.SetDuration("propagate", TimeSpan.FromSeconds(allApplied));
            var ready = await WaitForAggregatedStatusAsync(writes, scenario, deadline, Sample);
            var statusesReady = Stopwatch.GetElapsedTime(begin).TotalSeconds;
            var appliedWorks = await CountAppliedWorksAsync(karmada) - appliedBefore;
            var cpu = ProcessStats.CpuSeconds(silo.ProcessId) - cpuBefore;
            var membersCpu = ProcessStats.CpuSeconds(Environment.ProcessId) - membersCpuBefore;
            var metricsAfter = await SiloMetrics.ScrapeAsync(karmada);
            var (storeWrites, storeWritesDetail) = StoreWrites.Delta(StoreWrites.From(metricsBefore), StoreWrites.From(metricsAfter));
            var runtime = SiloRuntime.From(metricsAfter) - SiloRuntime.From(metricsBefore);
            var (rss, hwm) = ProcessStats.Memory(silo.ProcessId);
            peak = Math.Max(peak, hwm);

            var s = latencies.Summary("propagate");
            if (args.Get("plot") is { } plot)
            {
                var sorted = Enumerable.Range(0, scenario.Deployments)
                    .Select(i => Stopwatch.GetElapsedTime(created[i], arrivals.CompletedAt(Name(i))!.Value).TotalMilliseconds).Order().ToList();
                var points = sorted.Select((ms, i) => (100.0 * (i + 1) / sorted.Count, ms)).ToList();
                await File.WriteAllTextAsync(plot, SvgChart.Lines($"bench propagation {scenario.Name}: template→members latency by percentile", "percentile of Deployments", "ms", [(scenario.Name, points)]));
            }

            var detail = $"{scenario.Name}: {scenario.Members} members, {scenario.Deployments} deployments {scenario.Strategy} to {scenario.Targets}{(scenario.Warmup > 0 ? $", after {scenario.Warmup} warm-up" : "")}";
            const double MiB = 1024 * 1024;
            return
            [
                new("propagation", "template→members latency p50", s.P50, "ms", detail),
                new("propagation", "template→members latency p90", s.P90, "ms", detail),
                new("propagation", "template→members latency p99", s.P99, "ms", detail, scenario.LatencyGoalMs, LowerIsBetter: true),
                new("propagation", "all deployments in all members", allApplied, "s", $"{arrivals.Objects} member objects; {appliedWorks} Works Applied=True", scenario.AllAppliedGoalSeconds, LowerIsBetter: true),
                new("propagation", "all aggregated statuses ready", statusesReady, "s", $"{ready} templates with status.readyReplicas = {scenario.ExpectedReadyReplicas}"),
                new("propagation", "creation rate", scenario.Deployments / createSeconds, "deploy/s", $"{scenario.Concurrency} clients{(scenario.Rate > 0 ? $", paced at {scenario.Rate}/s" : "")}"),
                new("propagation", "silo peak RSS", peak / MiB, "MiB", "VmHWM"),
                new("propagation", "silo final RSS", rss / MiB, "MiB", "VmRSS after all statuses are ready", 1536, LowerIsBetter: true),
                new("propagation", "silo CPU", cpu, "s", $"user+system over {statusesReady:N1}s on {Environment.ProcessorCount} cores"),
                new("propagation", "silo CPU per Work", 1000 * cpu / Math.Max(1, appliedWorks), "ms", $"{appliedWorks} Works"),
                new("propagation", "members CPU per Work", 1000 * membersCpu / Math.Max(1, appliedWorks), "ms", $"{membersCpu:N1} s in this process: the {scenario.Members} simulated members and the benchmark's clients"),
                new("propagation", "silo allocation per Work", runtime.AllocatedBytes / 1024 / Math.Max(1, appliedWorks), "KiB", $"{runtime.AllocatedBytes / MiB:N0} MiB allocated; GC paused {runtime.GcPauseSeconds:N2} s; {runtime.Gen2Collections:N0} gen2 collections"),
                new("propagation", "silo JIT", runtime.JitSeconds, "s", $"{runtime.JitMethods:N0} methods compiled while measuring"),
                new("propagation", "store writes per Work", storeWrites / Math.Max(1, appliedWorks), "writes", storeWritesDetail),
            ];
        }
        catch (Exception) when (started is not null && ShowSiloOutput(log, started))
        {
            throw; // not reached: the filter only shows the output
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Creates the scenario's Deployments at its rate and concurrency; returns when each POST was sent.</summary>
    private static async Task<long[]> CreateDeploymentsAsync(ResourceClient deployments, PropagationScenario scenario)
    {
        var created = new long[scenario.Deployments];
        var begin = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, scenario.Deployments), new ParallelOptions { MaxDegreeOfParallelism = scenario.Concurrency }, async (i, ct) =>
        {
            if (scenario.Rate > 0)
            {
                var due = TimeSpan.FromSeconds(i / scenario.Rate) - Stopwatch.GetElapsedTime(begin);
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, ct);
                }
            }

            created[i] = Stopwatch.GetTimestamp();
            await deployments.CreateAsync(Deployment(i, scenario), null, ct);
        });
        return created;
    }

    private static async Task WaitForArrivalsAsync(MemberArrivals arrivals, PropagationScenario scenario, long deadline, Action sample, TextWriter log, long begin)
    {
        var lastReport = 0;
        while (arrivals.Complete < scenario.Deployments)
        {
            sample();
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"only {arrivals.Complete}/{scenario.Deployments} deployments reached all their members in time");
            }

            if (arrivals.Complete / 500 != lastReport / 500)
            {
                log.WriteLine($"[propagation] {arrivals.Complete}/{scenario.Deployments} complete at {Stopwatch.GetElapsedTime(begin).TotalSeconds:N1}s");
            }

            lastReport = arrivals.Complete;
            await Task.Delay(20);
        }
    }

    private static bool ShowSiloOutput(TextWriter log, SiloProcess silo)
    {
        var lines = silo.Output.Split('\n');
        log.WriteLine($"[propagation] the run failed; the silo's last output:\n{string.Join('\n', lines.TakeLast(60))}");
        return false;
    }

    private static async Task JoinAsync(KubernetesClusterClient karmada, MemberSimulator simulator, TimeSpan timeout)
    {
        await Parallel.ForEachAsync(simulator.Clusters, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (member, ct) =>
            await ClusterRegistration.JoinAsync(karmada, member.Name, KubeConfigLoader.LoadFile(member.KubeconfigPath!).ToRestConfig(), new ClusterJoinOptions("membersim", member.Region, member.Zones.ToArray()), ct));
        await Until(timeout, async () => (await karmada.Resource(ClusterRegistration.Clusters).ListAsync()).Items
            .Count(c => (c.GetPath("status", "conditions") as JsonArray ?? []).OfType<JsonObject>().Any(x => x["type"]?.ToString() == "Ready" && x["status"]?.ToString() == "True")) == simulator.Clusters.Count, "members Ready");
    }

    /// <summary>The namespace exists in every member before the clock starts (Karmada propagates namespaces itself).</summary>
    private static async Task PrepareNamespaceAsync(KubernetesClusterClient karmada, MemberSimulator simulator, TimeSpan timeout, string ns)
    {
        await karmada.Resource(Namespaces).CreateAsync(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns } });
        await Until(timeout, async () =>
        {
            foreach (var member in simulator.Clusters)
            {
                if (await member.Store.GetAsync(new Storage.ResourceKey("namespaces", "", ns)) is null)
                {
                    return false;
                }
            }

            return true;
        }, "namespace in every member");
    }

    /// <summary>Duplicated: one policy for all members. Divided: one policy per group of K members, Deployments spread over the groups.</summary>
    private static async Task CreatePoliciesAsync(KubernetesClusterClient karmada, MemberSimulator simulator, PropagationScenario scenario, string ns)
    {
        var policies = karmada.Resource(Policies).Namespace(ns);
        foreach (var (group, members) in Groups(simulator, scenario))
        {
            var placement = new JsonObject
            {
                ["clusterAffinity"] = new JsonObject { ["clusterNames"] = new JsonArray(members.Select(m => (JsonNode?)m).ToArray()) },
                ["replicaScheduling"] = scenario.Strategy == "divided"
                    ? new JsonObject { ["replicaSchedulingType"] = "Divided", ["replicaDivisionPreference"] = "Weighted" }
                    : new JsonObject { ["replicaSchedulingType"] = "Duplicated" },
            };
            await policies.CreateAsync(new JsonObject
            {
                ["apiVersion"] = "policy.karmada.io/v1alpha1",
                ["kind"] = "PropagationPolicy",
                ["metadata"] = new JsonObject { ["name"] = $"bench-{group}" },
                ["spec"] = new JsonObject
                {
                    ["resourceSelectors"] = new JsonArray(new JsonObject
                    {
                        ["apiVersion"] = "apps/v1",
                        ["kind"] = "Deployment",
                        ["labelSelector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["bench-group"] = group } },
                    }),
                    ["placement"] = placement,
                },
            });
        }
    }

    private static List<(string Group, List<string> Members)> Groups(MemberSimulator simulator, PropagationScenario scenario)
    {
        var names = simulator.Clusters.Select(c => c.Name).ToList();
        if (scenario.Strategy != "divided")
        {
            return [("g0", names)];
        }

        var k = scenario.Targets;
        return Enumerable.Range(0, Math.Max(1, names.Count / k)).Select(g => ($"g{g}", names.Skip(g * k).Take(k).ToList())).ToList();
    }

    private static string Name(int i) => $"app-{i.ToString("D5", CultureInfo.InvariantCulture)}";

    private static JsonObject Deployment(int i, PropagationScenario scenario)
    {
        var groups = scenario.Strategy == "divided" ? Math.Max(1, scenario.Members / scenario.Targets) : 1;
        var name = Name(i);
        return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = new JsonObject { ["app"] = name, ["bench-group"] = $"g{i % groups}" } },
            ["spec"] = new JsonObject
            {
                ["replicas"] = scenario.Replicas,
                ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = name } },
                    ["spec"] = new JsonObject
                    {
                        ["containers"] = new JsonArray(new JsonObject
                        {
                            ["name"] = "app",
                            ["image"] = "nginx:1.27",
                            ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["cpu"] = "10m", ["memory"] = "16Mi" } },
                        }),
                    },
                },
            },
        };
    }

    private static async Task<int> WaitForAggregatedStatusAsync(ResourceClient deployments, PropagationScenario scenario, long deadline, Action sample)
    {
        while (true)
        {
            sample();
            var ready = 0;
            await foreach (var deployment in deployments.EnumerateAsync())
            {
                // Duplicated templates sum their members' statuses: each member runs all replicas.
                if (deployment.GetPath("status", "readyReplicas") is JsonValue r && r.GetValue<int>() == scenario.ExpectedReadyReplicas)
                {
                    ready++;
                }
            }

            if (ready == scenario.Deployments)
            {
                return ready;
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"only {ready}/{scenario.Deployments} templates report ready replicas");
            }

            await Task.Delay(200);
        }
    }

    private static async Task<int> CountAppliedWorksAsync(KubernetesClusterClient karmada)
    {
        var applied = 0;
        await foreach (var work in karmada.Resource(Works).EnumerateAsync())
        {
            if ((work.GetPath("status", "conditions") as JsonArray ?? []).OfType<JsonObject>().Any(c => c["type"]?.ToString() == "Applied" && c["status"]?.ToString() == "True"))
            {
                applied++;
            }
        }

        return applied;
    }

    private static async Task Until(TimeSpan timeout, Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(100);
        }
    }
}
