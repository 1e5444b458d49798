namespace Karmada.Orleans.Members.Tests.RealCluster;

[CollectionDefinition(Name)]
public sealed class KubeApiServerCollection : ICollectionFixture<KubeApiServerFixture>
{
    public const string Name = "kube-apiserver v1.20.2";
}
