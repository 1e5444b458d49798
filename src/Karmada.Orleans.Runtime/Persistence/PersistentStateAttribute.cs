namespace Karmada.Orleans;

/// <summary>Marks a grain constructor parameter of type IPersistentState{T}: state name and storage provider name.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    public string StateName { get; } = stateName;

    public string StorageName { get; } = storageName ?? GrainStorageNames.Default;
}
