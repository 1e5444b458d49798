using System.Text.Json.Nodes;
using Karmada.Orleans.MemberSim;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Registration;

namespace Karmada.Orleans.Silo;

/// <summary>
/// --demo-members N: simulated member clusters in this process, joined through the control plane's
/// own API (as karmadactl join would), so a new user can follow the README walkthrough at once.
/// Their credentials survive restarts (same data directory); a member already joined is pointed at
/// the simulator's current address.
/// </summary>
internal static class DemoMembers
{
    public static async Task<MemberSimulator> StartAsync(SiloSettings settings, string kubeconfig, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var simulator = await MemberSimulator.StartAsync(
            new SimulatorOptions
            {
                Clusters = settings.DemoMembers,
                Port = settings.DemoMembersPort,
                OutputDirectory = Path.Combine(settings.DataDirectory, "members"),
            },
            loggers,
            cancellationToken: cancellationToken);
        using var karmada = KubernetesClusterClient.FromKubeConfigFile(kubeconfig);
        var clusters = karmada.Resource(ClusterRegistration.Clusters);
        foreach (var member in simulator.Clusters)
        {
            var config = KubeConfigLoader.LoadFile(member.KubeconfigPath!).ToRestConfig();
            var existing = await clusters.TryGetAsync(member.Name, cancellationToken);
            if (existing is null)
            {
                await ClusterRegistration.JoinAsync(karmada, member.Name, config, new ClusterJoinOptions("membersim", member.Region, member.Zones.ToArray()), cancellationToken);
            }
            else if (existing["spec"]?["apiEndpoint"]?.ToString() != member.Server.ToString())
            {
                var patch = new JsonObject { ["spec"] = new JsonObject { ["apiEndpoint"] = member.Server.ToString() } };
                await clusters.PatchAsync(member.Name, PatchType.Merge, patch, null, null, cancellationToken);
            }
        }

        return simulator;
    }
}
