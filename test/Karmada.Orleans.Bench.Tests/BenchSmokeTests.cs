using Karmada.Orleans.Bench.Api;
using Karmada.Orleans.Bench.Runtime;
using Karmada.Orleans.Bench.Store;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Bench.Tests;

public sealed class BenchSmokeTests
{
    private static BenchArgs Args(params string[] args) => new(args);

    [Fact]
    public async Task Runtime_benchmark_runs_at_a_tiny_size()
    {
        var results = await RuntimeBenchmark.RunAsync(Args("--seconds", "0.2", "--grains", "10", "--callers", "4", "--activations", "200"));

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.Value > 0, r.Name));
    }

    [Fact]
    public async Task Store_benchmark_runs_at_a_tiny_size_on_both_backends()
    {
        var results = await StoreBenchmark.RunAsync(Args("--backend", "both", "--writers", "4", "--objects", "50"));

        Assert.Equal(6, results.Count);
        Assert.All(results.Where(r => r.Unit != "ms"), r => Assert.True(r.Value > 0, r.Name));
    }

    [Fact]
    public void Scheduler_benchmark_runs_at_a_tiny_size()
    {
        using var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, Karmada.Orleans.Bench.Scheduler.SchedulerBench.Run(["--seconds", "0.05", "--clusters", "10", "--json", "--no-pin"]));
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Contains("bindingsPerSecond", output.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_benchmark_runs_against_a_silo_at_a_tiny_size()
    {
        await using var silo = await SiloProcess.StartAsync();

        var results = await ApiBenchmark.RunAsync(Args("--kubeconfig", silo.Kubeconfig, "--objects", "20", "--concurrency", "4"));

        Assert.Contains(results, r => r.Name == "A: create configmap" && r.Value > 0);
        Assert.Equal(60, results.Single(r => r.Name == "A: watch events delivered").Value);
    }

    [Fact]
    public async Task Propagation_benchmark_runs_with_simulated_members_at_a_tiny_size()
    {
        var plot = Path.Combine(Path.GetTempPath(), $"propagation-{Guid.NewGuid():N}.svg");
        try
        {
            var results = await Karmada.Orleans.Bench.Propagation.PropagationBenchmark.RunAsync(
                Args("--members", "2", "--deployments", "4", "--strategy", "divided", "--clusters-per", "2", "--rate", "0", "--concurrency", "2", "--quiet", "--plot", plot));

            Assert.Contains("8 member objects", results.Single(r => r.Name == "all deployments in all members").Detail, StringComparison.Ordinal);
            Assert.Contains("4 templates", results.Single(r => r.Name == "all aggregated statuses ready").Detail, StringComparison.Ordinal);
            Assert.True(results.Single(r => r.Name == "silo peak RSS").Value > 0);
            Assert.StartsWith("<svg", await File.ReadAllTextAsync(plot), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(plot);
        }
    }
}
