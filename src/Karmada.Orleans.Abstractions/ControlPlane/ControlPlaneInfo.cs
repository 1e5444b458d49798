namespace Karmada.Orleans.Abstractions.ControlPlane;

/// <summary>What the control plane runs on and how far its object store has got.</summary>
public sealed record ControlPlaneInfo(
    string Version,
    string StorageBackend,
    long StoreRevision,
    DateTimeOffset StartedAt,
    int ActiveGrains);
