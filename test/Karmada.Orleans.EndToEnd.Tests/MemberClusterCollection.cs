namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>
/// Tests that run a silo with member clusters (real kube-apiservers with etcd, or simulated members):
/// one at a time, so that on a 2-core machine their health thresholds and deadlines measure the
/// control plane rather than CPU contention among them.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MemberClusterCollection
{
    public const string Name = "member clusters";
}
