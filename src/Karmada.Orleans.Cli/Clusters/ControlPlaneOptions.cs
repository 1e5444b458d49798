using System.CommandLine;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Configuration;

namespace Karmada.Orleans.Cli.Clusters;

/// <summary>--kubeconfig and --karmada-context: how karmadactl reaches the control plane, as in Karmada.</summary>
public sealed class ControlPlaneOptions
{
    public Option<string?> Kubeconfig { get; } = new("--kubeconfig")
    {
        Description = "Path to the control plane's kubeconfig (default: $KUBECONFIG, then ~/.kube/config).",
        Recursive = true,
    };

    public Option<string?> Context { get; } = new("--karmada-context")
    {
        Description = "The context of the control plane in the kubeconfig.",
        Recursive = true,
    };

    public KubernetesClusterClient Connect(ParseResult parse)
    {
        var path = parse.GetValue(Kubeconfig);
        var config = path is not null ? KubeConfigLoader.LoadFile(path) : KubeConfigLoader.LoadDefault();
        return new KubernetesClusterClient(config.ToRestConfig(parse.GetValue(Context)));
    }
}
