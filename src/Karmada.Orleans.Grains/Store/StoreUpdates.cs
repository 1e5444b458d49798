using System.Text.Json.Nodes;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Store;

/// <summary>Read-modify-write against the object store, retried when another writer got in between.</summary>
public static class StoreUpdates
{
    /// <summary>
    /// Applies <paramref name="mutate"/> to the current object and writes it. The mutation returns false
    /// when nothing needs writing. Returns the stored version, or null when the object does not exist.
    /// </summary>
    public static async Task<StoredObject?> UpdateAsync(this IObjectStore store, ResourceKey key, Func<JsonObject, bool> mutate, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await store.GetAsync(key, cancellationToken);
            if (current is null)
            {
                return null;
            }

            var obj = current.ToJsonObject();
            if (!mutate(obj))
            {
                return current;
            }

            try
            {
                return await store.UpdateAsync(key, obj, cancellationToken);
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.Conflict && attempt < 10)
            {
                // Someone else wrote first; apply the change to the new version.
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.NotFound)
            {
                return null;
            }
        }
    }

    /// <summary>Creates the object unless it exists.</summary>
    public static async Task<bool> CreateIfMissingAsync(this IObjectStore store, ResourceKey key, JsonObject obj, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CreateAsync(key, obj, cancellationToken);
            return true;
        }
        catch (StoreException error) when (error.Kind == StoreErrorKind.AlreadyExists)
        {
            return false;
        }
    }

    public static async Task<bool> DeleteIfPresentAsync(this IObjectStore store, ResourceKey key, CancellationToken cancellationToken = default)
    {
        try
        {
            return (await store.DeleteAsync(key, null, cancellationToken)).Deleted;
        }
        catch (StoreException error) when (error.Kind == StoreErrorKind.NotFound)
        {
            return true;
        }
    }
}
