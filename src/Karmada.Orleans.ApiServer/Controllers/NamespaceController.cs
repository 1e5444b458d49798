using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.ApiServer.Controllers;

/// <summary>
/// Namespace lifecycle: makes sure the system namespaces exist, and empties Terminating namespaces
/// (deleting every namespaced object in them) before removing them, as kube's namespace controller does.
/// </summary>
public sealed partial class NamespaceController(IObjectStore store, ResourceCatalog catalog, ApiServerOptions options, TimeProvider time, ILogger<NamespaceController> logger) : BackgroundService
{
    public static JsonObject NewNamespace(string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Namespace",
        ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = new JsonObject { ["kubernetes.io/metadata.name"] = name } },
        ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
        ["status"] = new JsonObject { ["phase"] = "Active" },
    };

    public async Task EnsureSystemNamespacesAsync(CancellationToken cancellationToken)
    {
        foreach (var name in options.SystemNamespaces)
        {
            try
            {
                await store.CreateAsync(new ResourceKey("namespaces", "", name), NewNamespace(name), cancellationToken);
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.AlreadyExists)
            {
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var list = await store.ListAsync("namespaces", new ListOptions(), stoppingToken);
                var terminating = list.Items.Where(n => n.ToJsonObject()["status"]?["phase"]?.GetValue<string>() == "Terminating").ToList();
                foreach (var ns in terminating)
                {
                    await EmptyAsync(ns, stoppingToken);
                }

                // Wait for the next namespace change; while some are still terminating, check again soon.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(terminating.Count > 0 ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromMinutes(1));
                try
                {
                    await foreach (var _ in store.WatchAsync("namespaces", new WatchOptions { FromRevision = list.Revision }, wait.Token))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                }
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

    private async Task EmptyAsync(StoredObject ns, CancellationToken cancellationToken)
    {
        var name = ns.Key.Name;
        var remaining = 0;
        foreach (var resource in catalog.All.Where(d => d.Namespaced).Select(d => d.StorageResource).Distinct())
        {
            var items = await store.ListAsync(resource, new ListOptions { Namespace = name }, cancellationToken);
            foreach (var item in items.Items)
            {
                remaining++;
                try
                {
                    await store.DeleteAsync(item.Key, null, cancellationToken);
                }
                catch (StoreException error) when (error.Kind == StoreErrorKind.NotFound)
                {
                }
            }
        }

        if (remaining > 0)
        {
            // Objects with finalizers may still be there; the next pass checks again.
            var again = 0;
            foreach (var resource in catalog.All.Where(d => d.Namespaced).Select(d => d.StorageResource).Distinct())
            {
                again += (await store.ListAsync(resource, new ListOptions { Namespace = name, Limit = 1 }, cancellationToken)).Items.Count;
            }

            if (again > 0)
            {
                return;
            }
        }

        try
        {
            await store.DeleteAsync(ns.Key, null, cancellationToken);
        }
        catch (StoreException error) when (error.Kind == StoreErrorKind.NotFound)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The namespace controller failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
