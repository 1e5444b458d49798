using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>Grain keys that are store keys ("resource/namespace/name") and back.</summary>
public static class StorageKeys
{
    public static ResourceKey Parse(string storageKey)
    {
        var first = storageKey.IndexOf('/', StringComparison.Ordinal);
        var second = storageKey.IndexOf('/', first + 1);
        return new ResourceKey(storageKey[..first], storageKey[(first + 1)..second], storageKey[(second + 1)..]);
    }
}
