using Karmada.Orleans.MemberSim.Simulation;

namespace Karmada.Orleans.MemberSim;

/// <summary>How many members to simulate, where they listen and what they look like.</summary>
public sealed record SimulatorOptions
{
    public int Clusters { get; init; } = 3;

    /// <summary>Cluster i (from 1) is named PREFIX + i: member1, member2, …</summary>
    public string Prefix { get; init; } = "member";

    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Where the simulator keeps its CA and secret, and writes NAME.kubeconfig, admin.token and endpoint.</summary>
    public string OutputDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "karmada-member-sim");

    public NodePool Nodes { get; init; } = new();

    /// <summary>Regions cycle through the clusters; each cluster's nodes spread over this many zones.</summary>
    public IReadOnlyList<string> Regions { get; init; } = ["us-east-1", "eu-west-1", "ap-south-1"];

    public int ZonesPerCluster { get; init; } = 2;

    /// <summary>How long a scheduled pod takes to become Ready (and a Job's pod to complete).</summary>
    public TimeSpan ReadyDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>CPU a running pod uses in the metrics API unless annotated membersim.karmada.io/cpu-load.</summary>
    public string DefaultCpuLoad { get; init; } = "50m";

    /// <summary>
    /// Simulated controllers and kubelets act once the simulator's API has had no request for this long
    /// (waiting <see cref="MaxControllerWait"/> at most), so bursts of API requests are served first, as
    /// members on machines of their own would serve them. Zero: they act at once.
    /// </summary>
    public TimeSpan ApiQuietPeriod { get; init; } = TimeSpan.FromMilliseconds(5);

    public TimeSpan MaxControllerWait { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Changes each cluster's store remembers for watches and continue tokens (beyond it, as from a
    /// compacted etcd, a watch from an older resourceVersion is answered 410 Gone and its client
    /// re-lists). Every remembered version stays in memory, so this bounds a long-running simulator's
    /// memory; a cold start of 5,000 Deployments writes only ~5,000 changes per member, and a smaller
    /// limit did not make it faster.
    /// </summary>
    public int HistoryLimit { get; init; } = 4096;

    /// <summary>Recent changes each cluster keeps ready for watchers (a kube-apiserver's watch cache).</summary>
    public int WatchCacheSize { get; init; } = 1024;
}
