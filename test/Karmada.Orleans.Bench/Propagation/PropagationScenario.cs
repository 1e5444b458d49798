namespace Karmada.Orleans.Bench.Propagation;

/// <summary>One propagation run: how many members, templates and how they are placed and created.</summary>
public sealed record PropagationScenario
{
    public required string Name { get; init; }

    public int Members { get; init; } = 10;

    public int Deployments { get; init; } = 100;

    /// <summary>"duplicated": every member gets every Deployment; "divided": replicas split over ClustersPer members.</summary>
    public string Strategy { get; init; } = "duplicated";

    /// <summary>Members each Deployment goes to (all of them when duplicated).</summary>
    public int ClustersPer { get; init; } = 10;

    /// <summary>Deployments created per second (0: as fast as Concurrency clients can).</summary>
    public double Rate { get; init; } = 20;

    public int Concurrency { get; init; } = 1;

    /// <summary>
    /// Deployments propagated (in their own namespace, same rate and placement) before the measured ones,
    /// so the measurement sees a running control plane rather than one still compiling its code.
    /// </summary>
    public int Warmup { get; init; }

    public TimeSpan ReadyDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public double? LatencyGoalMs { get; init; }

    public double? AllAppliedGoalSeconds { get; init; }

    public int Targets => Strategy == "divided" ? Math.Min(ClustersPer, Members) : Members;

    public int Replicas => Strategy == "divided" ? Targets : 1;

    /// <summary>A template's aggregated readyReplicas once every member runs its share.</summary>
    public int ExpectedReadyReplicas => Strategy == "divided" ? Replicas : Replicas * Targets;

    public static PropagationScenario Preset(string name) => name switch
    {
        "latency-10" => new() { Name = name, Members = 10, Deployments = 200, Rate = 20, Warmup = 100, LatencyGoalMs = 200 },
        "latency-100" => new() { Name = name, Members = 100, Deployments = 60, Rate = 2, Warmup = 10, LatencyGoalMs = 200 },
        "cold-5000" => new() { Name = name, Members = 100, Deployments = 5000, Strategy = "divided", ClustersPer = 10, Rate = 0, Concurrency = 16, AllAppliedGoalSeconds = 60 },
        _ => throw new ArgumentException($"unknown preset '{name}': latency-10, latency-100, cold-5000"),
    };

    public static PropagationScenario From(BenchArgs args)
    {
        var scenario = args.Get("preset") is { } preset ? Preset(preset) : new PropagationScenario { Name = "custom" };
        var strategy = args.GetString("strategy", scenario.Strategy);
        if (strategy is not ("duplicated" or "divided"))
        {
            throw new ArgumentException($"--strategy must be duplicated or divided, got '{strategy}'");
        }

        return scenario with
        {
            Members = args.GetInt("members", scenario.Members),
            Deployments = args.GetInt("deployments", scenario.Deployments),
            Strategy = strategy,
            ClustersPer = args.GetInt("clusters-per", scenario.ClustersPer),
            Rate = args.GetDouble("rate", scenario.Rate),
            Concurrency = args.GetInt("concurrency", scenario.Concurrency),
            Warmup = args.GetInt("warmup", scenario.Warmup),
            ReadyDelay = TimeSpan.FromMilliseconds(args.GetInt("ready-delay-ms", (int)scenario.ReadyDelay.TotalMilliseconds)),
        };
    }
}
