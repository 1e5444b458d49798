namespace Karmada.Orleans;

/// <summary>A grain identified by a string key, e.g. a cluster name or "namespace/name".</summary>
public interface IGrainWithStringKey : IGrain
{
}
