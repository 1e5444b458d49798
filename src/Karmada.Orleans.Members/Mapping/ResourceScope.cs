namespace Karmada.Orleans.Members.Mapping;

public enum ResourceScope
{
    Namespaced,
    Cluster,
}
