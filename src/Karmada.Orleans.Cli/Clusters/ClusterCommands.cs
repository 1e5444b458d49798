using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Registration;

namespace Karmada.Orleans.Cli.Clusters;

/// <summary>
/// Cluster registration and management: join, unjoin, cordon, uncordon, taint, get clusters. They
/// talk to the control plane's Kubernetes API with the user's kubeconfig, like Karmada's karmadactl.
/// </summary>
public static class ClusterCommands
{
    public static readonly GroupVersionResource Clusters = new("cluster.karmada.io", "v1alpha1", "clusters");
    private static readonly GroupVersionResource Secrets = new("", "v1", "secrets");
    private static readonly GroupVersionResource Namespaces = new("", "v1", "namespaces");
    private const string ClusterNamespace = "karmada-cluster";
    private const string UnschedulableTaint = "cluster.karmada.io/unschedulable";

    public static IEnumerable<Command> Create(ControlPlaneOptions controlPlane)
    {
        yield return Join(controlPlane);
        yield return Unjoin(controlPlane);
        yield return Cordon(controlPlane, cordon: true);
        yield return Cordon(controlPlane, cordon: false);
        yield return Taint(controlPlane);
    }

    private static Command Join(ControlPlaneOptions controlPlane)
    {
        var name = new Argument<string>("CLUSTER_NAME") { Description = "The name the member gets in the control plane." };
        var kubeconfig = new Option<string>("--cluster-kubeconfig") { Description = "Path of the member cluster's kubeconfig.", Required = true };
        var context = new Option<string?>("--cluster-context") { Description = "Context of the member in its kubeconfig (default: current context)." };
        var provider = new Option<string?>("--cluster-provider") { Description = "Cloud provider of the member (spec.provider)." };
        var region = new Option<string?>("--cluster-region") { Description = "Region of the member (spec.region)." };
        var zones = new Option<string[]>("--cluster-zones") { Description = "Zones of the member (spec.zones).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("join", "Register a cluster with the control plane in Push mode.") { name, kubeconfig, context, provider, region, zones };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clusterName = parse.GetRequiredValue(name);
            var output = parse.InvocationConfiguration.Output;
            RestConfig member;
            try
            {
                member = KubeConfigLoader.LoadFile(parse.GetRequiredValue(kubeconfig)).ToRestConfig(parse.GetValue(context));
            }
            catch (Exception error) when (error is KubeConfigException or IOException)
            {
                return Fail(parse, $"error: cannot use the member's kubeconfig: {error.Message}");
            }

            // Reach the member with its credentials before creating anything.
            try
            {
                using var check = new KubernetesClusterClient(member with { MaxRetries = 0, Timeout = TimeSpan.FromSeconds(15) });
                await check.Discovery.GetServerVersionAsync(cancellationToken);
                await check.Rest.GetStringAsync("/api", cancellationToken);
            }
            catch (Exception error) when (error is KubernetesApiException or KubernetesTransportException)
            {
                return Fail(parse, $"error: failed to reach member cluster {clusterName} at {member.Server}: {error.Message}");
            }

            using var karmada = controlPlane.Connect(parse);
            try
            {
                await ClusterRegistration.JoinAsync(karmada, clusterName, member, new ClusterJoinOptions(parse.GetValue(provider), parse.GetValue(region), parse.GetValue(zones)), cancellationToken);
            }
            catch (ClusterJoinException error)
            {
                return Fail(parse, $"error: {error.Message}");
            }

            await output.WriteLineAsync($"cluster({clusterName}) is joined successfully");
            return 0;
        });
        return command;
    }

    private static Command Unjoin(ControlPlaneOptions controlPlane)
    {
        var name = new Argument<string>("CLUSTER_NAME");
        var wait = new Option<TimeSpan>("--wait") { Description = "How long to wait for the cluster to be cleaned up.", DefaultValueFactory = _ => TimeSpan.FromMinutes(1) };
        var command = new Command("unjoin", "Remove a Push-mode cluster from the control plane.") { name, wait };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clusterName = parse.GetRequiredValue(name);
            using var karmada = controlPlane.Connect(parse);
            var clusters = karmada.Resource(Clusters);
            try
            {
                await clusters.DeleteAsync(clusterName, null, cancellationToken);
            }
            catch (KubernetesNotFoundException)
            {
                return Fail(parse, $"error: cluster {clusterName} is not joined");
            }

            var deadline = DateTime.UtcNow + parse.GetValue(wait);
            while (await clusters.TryGetAsync(clusterName, cancellationToken) is not null)
            {
                if (DateTime.UtcNow > deadline)
                {
                    return Fail(parse, $"error: cluster {clusterName} is still being cleaned up (its execution namespace karmada-es-{clusterName} is not empty yet)");
                }

                await Task.Delay(200, cancellationToken);
            }

            try
            {
                await karmada.Resource(Secrets).Namespace(ClusterNamespace).DeleteAsync(clusterName, null, cancellationToken);
            }
            catch (KubernetesNotFoundException)
            {
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"cluster({clusterName}) is unjoined successfully");
            return 0;
        });
        return command;
    }

    private static Command Cordon(ControlPlaneOptions controlPlane, bool cordon)
    {
        var name = new Argument<string>("CLUSTER_NAME");
        var command = new Command(cordon ? "cordon" : "uncordon", cordon ? "Mark a cluster unschedulable." : "Mark a cluster schedulable again.") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clusterName = parse.GetRequiredValue(name);
            var effect = new TaintChange(UnschedulableTaint, null, "NoSchedule", Remove: !cordon);
            var changed = await UpdateTaintsAsync(controlPlane, parse, clusterName, [effect], cancellationToken);
            if (changed is null)
            {
                return Fail(parse, $"error: clusters.cluster.karmada.io \"{clusterName}\" not found");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"cluster/{clusterName} {(changed.Value ? (cordon ? "cordoned" : "uncordoned") : (cordon ? "already cordoned" : "already uncordoned"))}");
            return 0;
        });
        return command;
    }

    private static Command Taint(ControlPlaneOptions controlPlane)
    {
        var kind = new Argument<string>("TYPE") { Description = "Always 'clusters'." };
        var name = new Argument<string>("CLUSTER_NAME");
        var taints = new Argument<string[]>("KEY_1=VAL_1:TAINT_EFFECT_1") { Arity = ArgumentArity.OneOrMore, Description = "key=value:Effect to add, key[:Effect]- to remove." };
        var command = new Command("taint", "Update the taints on a cluster.") { kind, name, taints };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetRequiredValue(kind) is not ("clusters" or "cluster"))
            {
                return Fail(parse, "error: only clusters can be tainted: karmadactl taint clusters NAME key=value:Effect");
            }

            List<TaintChange> changes;
            try
            {
                changes = parse.GetRequiredValue(taints).Select(TaintChange.Parse).ToList();
            }
            catch (FormatException error)
            {
                return Fail(parse, $"error: {error.Message}");
            }

            var clusterName = parse.GetRequiredValue(name);
            var changed = await UpdateTaintsAsync(controlPlane, parse, clusterName, changes, cancellationToken);
            if (changed is null)
            {
                return Fail(parse, $"error: clusters.cluster.karmada.io \"{clusterName}\" not found");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"cluster/{clusterName} {(changes.All(c => c.Remove) ? "untainted" : changed.Value ? "tainted" : "modified")}");
            return 0;
        });
        return command;
    }

    /// <summary>Read-modify-write of spec.taints with the read version as precondition; null when the cluster does not exist.</summary>
    private static async Task<bool?> UpdateTaintsAsync(ControlPlaneOptions controlPlane, ParseResult parse, string clusterName, IReadOnlyList<TaintChange> changes, CancellationToken cancellationToken)
    {
        using var karmada = controlPlane.Connect(parse);
        var clusters = karmada.Resource(Clusters);
        for (var attempt = 0; ; attempt++)
        {
            var cluster = await clusters.TryGetAsync(clusterName, cancellationToken);
            if (cluster is null)
            {
                return null;
            }

            var spec = cluster["spec"] as JsonObject ?? [];
            var taints = (spec["taints"] as JsonArray ?? []).OfType<JsonObject>().Select(t => t.DeepClone().AsObject()).ToList();
            var before = new JsonArray(taints.Select(t => (JsonNode?)t.DeepClone()).ToArray());
            foreach (var change in changes)
            {
                change.ApplyTo(taints);
            }

            var after = new JsonArray(taints.Select(t => (JsonNode?)t).ToArray());
            if (JsonNode.DeepEquals(before, after))
            {
                return false;
            }

            if (after.Count == 0)
            {
                spec.Remove("taints");
            }
            else
            {
                spec["taints"] = after;
            }

            cluster["spec"] = spec;
            try
            {
                await clusters.UpdateAsync(cluster, null, cancellationToken);
                return true;
            }
            catch (KubernetesConflictException) when (attempt < 5)
            {
            }
        }
    }

    private static int Fail(ParseResult parse, string message)
    {
        parse.InvocationConfiguration.Error.WriteLine(message);
        return 1;
    }
}
