using Karmada.Orleans.Members.Configuration;

namespace Karmada.Orleans.Members.Tests.Scenarios;

/// <summary>A running Kubernetes API server the member client is tested against (a real kube-apiserver or the member simulator).</summary>
public interface IMemberClusterFixture
{
    KubernetesClusterClient Client { get; }

    KubeConfig KubeConfig { get; }

    /// <summary>The API's URL, path prefix included (the simulator serves each cluster under /clusters/NAME).</summary>
    Uri Server { get; }

    /// <summary>gitVersion, major and minor the server reports.</summary>
    (string GitVersion, string Major, string Minor) ExpectedVersion { get; }

    Task<string> CreateNamespaceAsync(string prefix);

    KubernetesClusterClient ClientFor(Func<RestConfig, RestConfig> change);
}
