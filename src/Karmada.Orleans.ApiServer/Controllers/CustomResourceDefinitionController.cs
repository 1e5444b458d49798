using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.ApiServer.Controllers;

/// <summary>
/// Serves what CustomResourceDefinitions define: a created CRD starts serving its kind (discovery,
/// validation, printer columns), gets Established; a deleted one first loses all its objects, then stops being served.
/// </summary>
public sealed partial class CustomResourceDefinitionController(IObjectStore store, ResourceCatalog catalog, TimeProvider time, ILogger<CustomResourceDefinitionController> logger) : BackgroundService
{
    public const string CleanupFinalizer = "customresourcecleanup.apiextensions.k8s.io";
    private const string Resource = "customresourcedefinitions.apiextensions.k8s.io";

    /// <summary>Registers every CRD already stored; call before serving requests.</summary>
    public async Task<long> LoadAsync(CancellationToken cancellationToken)
    {
        var list = await store.ListAsync(Resource, new ListOptions(), cancellationToken);
        foreach (var crd in list.Items)
        {
            Register(crd.ToJsonObject());
        }

        return list.Revision;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Every failure, the first load's included, is retried: a faulted BackgroundService would stop the silo.
        long? from = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                from ??= await LoadAsync(stoppingToken);
                await foreach (var e in store.WatchAsync(Resource, new WatchOptions { FromRevision = from.Value }, stoppingToken))
                {
                    from = e.Revision;
                    await ReconcileAsync(e, stoppingToken);
                }
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.Expired)
            {
                from = null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogFailed(logger, error);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }

    private async Task ReconcileAsync(WatchEvent e, CancellationToken cancellationToken)
    {
        var crd = e.Object!.ToJsonObject();
        if (e.Type == WatchEventType.Deleted)
        {
            Unregister(crd);
            return;
        }

        Register(crd);
        var metadata = ObjectMutations.Metadata(crd);
        if (metadata["deletionTimestamp"] is not null)
        {
            await CleanUpAsync(e.Object.Key, crd, cancellationToken);
            return;
        }

        if (!IsEstablished(crd))
        {
            crd["status"] = Status(crd);
            metadata["resourceVersion"] = e.Revision.ToString(CultureInfo.InvariantCulture);
            try
            {
                await store.UpdateAsync(e.Object.Key, crd, cancellationToken);
            }
            catch (StoreException error) when (error.Kind is StoreErrorKind.Conflict or StoreErrorKind.NotFound)
            {
                // A newer version will come through the watch.
            }
        }
    }

    private async Task CleanUpAsync(ResourceKey key, JsonObject crd, CancellationToken cancellationToken)
    {
        var definitions = CrdDefinitions.FromCrd(crd);
        if (definitions.Count > 0)
        {
            var items = await store.ListAsync(definitions[0].StorageResource, new ListOptions(), cancellationToken);
            foreach (var item in items.Items)
            {
                try
                {
                    await store.DeleteAsync(item.Key, null, cancellationToken);
                }
                catch (StoreException error) when (error.Kind == StoreErrorKind.NotFound)
                {
                }
            }

            if ((await store.ListAsync(definitions[0].StorageResource, new ListOptions { Limit = 1 }, cancellationToken)).Items.Count > 0)
            {
                return;
            }
        }

        var finalizers = ObjectMutations.Metadata(crd)["finalizers"] as JsonArray ?? [];
        var remaining = finalizers.Where(f => f?.GetValue<string>() != CleanupFinalizer).Select(f => f?.DeepClone()).ToArray();
        ObjectMutations.Metadata(crd)["finalizers"] = new JsonArray(remaining);
        try
        {
            await store.UpdateAsync(key, crd, cancellationToken);
        }
        catch (StoreException error) when (error.Kind is StoreErrorKind.Conflict or StoreErrorKind.NotFound)
        {
        }
    }

    public void Register(JsonObject crd)
    {
        foreach (var definition in CrdDefinitions.FromCrd(crd))
        {
            catalog.Add(definition);
        }
    }

    private void Unregister(JsonObject crd)
    {
        foreach (var definition in CrdDefinitions.FromCrd(crd))
        {
            catalog.Remove(definition.Group, definition.Version, definition.Plural);
        }
    }

    private static bool IsEstablished(JsonObject crd) =>
        (crd["status"]?["conditions"] as JsonArray ?? []).OfType<JsonObject>().Any(c => c["type"]?.GetValue<string>() == "Established" && c["status"]?.GetValue<string>() == "True");

    private JsonObject Status(JsonObject crd)
    {
        var now = ObjectMutations.FormatTimestamp(time.GetUtcNow());
        var names = crd["spec"]?["names"]?.DeepClone() ?? new JsonObject();
        if (names is JsonObject n && n["singular"] is null && n["kind"] is { } kind)
        {
            n["singular"] = kind.GetValue<string>().ToLowerInvariant();
        }

        if (names is JsonObject ln && ln["listKind"] is null && ln["kind"] is { } k)
        {
            ln["listKind"] = k.GetValue<string>() + "List";
        }

        JsonObject Condition(string type, string reason, string message) => new()
        {
            ["type"] = type,
            ["status"] = "True",
            ["lastTransitionTime"] = now,
            ["reason"] = reason,
            ["message"] = message,
        };

        var storage = (crd["spec"]?["versions"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(v => v["storage"]?.GetValue<bool>() == true)?["name"]?.GetValue<string>();
        return new JsonObject
        {
            ["conditions"] = new JsonArray(
                Condition("NamesAccepted", "NoConflicts", "no conflicts found"),
                Condition("Established", "InitialNamesAccepted", "the initial names have been accepted")),
            ["acceptedNames"] = names,
            ["storedVersions"] = storage is null ? new JsonArray() : new JsonArray(storage),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CRD controller failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
