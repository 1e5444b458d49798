using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>
/// delete and deletecollection. Objects with finalizers are marked and stay until the finalizers
/// are removed; namespaces are marked Terminating and emptied by the namespace controller first.
/// propagationPolicy is accepted; dependents are not garbage-collected by owner references yet.
/// </summary>
public sealed partial class KubernetesApi
{
    private async Task DeleteAsync(ApiRequest request)
    {
        var definition = request.Definition;
        var name = request.Info.Name!;
        var preconditions = await ReadDeleteOptionsAsync(request);
        var key = request.Key(name);
        if (definition.Group.Length == 0 && definition.Plural == "namespaces")
        {
            var marked = await MarkNamespaceTerminatingAsync(request, name, preconditions);
            await ResponseWriter.WriteStoredAsync(request.Context, 200, marked);
            return;
        }

        if (request.DryRun)
        {
            var existing = await store.GetAsync(key, request.Aborted) ?? throw ApiErrors.NotFound(definition, name);
            await ResponseWriter.WriteStoredAsync(request.Context, 200, existing);
            return;
        }

        if (preconditions is not null && await store.GetAsync(key, request.Aborted) is { } current)
        {
            CheckPreconditions(definition, name, current, preconditions);
        }

        var result = await store.DeleteAsync(key, preconditions, request.Aborted);
        OnDeleted?.Invoke(request, result);
        if (result.Deleted && !definition.IsCustom)
        {
            var uid = result.Object.ToJsonObject()["metadata"]?["uid"]?.GetValue<string>();
            await ResponseWriter.WriteJsonAsync(request.Context, 200, ResponseWriter.StatusSuccess(name, definition.Group, definition.Plural, uid));
            return;
        }

        await ResponseWriter.WriteStoredAsync(request.Context, 200, result.Object);
    }

    /// <summary>Hook for the host: an object was deleted or marked for deletion.</summary>
    public Action<ApiRequest, DeleteResult>? OnDeleted { get; set; }

    private async Task DeleteCollectionAsync(ApiRequest request)
    {
        var definition = request.Definition;
        _ = await ReadDeleteOptionsAsync(request);
        var listOptions = ListOptionsOf(request) with { Limit = 0, Continue = null };
        var result = await store.ListAsync(definition.StorageResource, listOptions, request.Aborted);
        var deleted = new List<StoredObject>();
        foreach (var item in result.Items)
        {
            if (request.DryRun)
            {
                deleted.Add(item);
                continue;
            }

            try
            {
                deleted.Add((await store.DeleteAsync(item.Key, null, request.Aborted)).Object);
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.NotFound)
            {
                // Someone else deleted it in the meantime.
            }
        }

        await ResponseWriter.WriteListAsync(request.Context, definition.GroupVersion, definition.ListKind, new ListResult(deleted, store.CurrentRevision, null, null));
    }

    private async Task<DeletePreconditions?> ReadDeleteOptionsAsync(ApiRequest request)
    {
        var propagation = request.Query("propagationPolicy");
        DeletePreconditions? preconditions = null;
        var body = await BodyReader.ReadBytesAsync(request.Context, options.MaxRequestBodyBytes);
        if (body.Length > 0)
        {
            var deleteOptions = BodyReader.ParseObject(body, request.Context.Request.ContentType, "DeleteOptions");
            propagation = deleteOptions["propagationPolicy"]?.GetValue<string>() ?? propagation;
            if (deleteOptions["preconditions"] is JsonObject p)
            {
                var rv = p["resourceVersion"]?.GetValue<string>();
                preconditions = new DeletePreconditions(
                    p["uid"]?.GetValue<string>(),
                    rv is null ? null : long.TryParse(rv, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw ApiException.BadRequest($"preconditions.resourceVersion: Invalid value: \"{rv}\""));
            }

            if (deleteOptions["dryRun"] is JsonArray dryRun && dryRun.Any(d => d?.GetValue<string>() == "All"))
            {
                request.Context.Request.QueryString = request.Context.Request.QueryString.Add("dryRun", "All");
            }
        }

        if (propagation is not (null or "" or "Orphan" or "Background" or "Foreground"))
        {
            throw ApiException.BadRequest($"propagationPolicy: Unsupported value: \"{propagation}\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
        }

        return preconditions;
    }

    /// <summary>
    /// kube-apiserver's early precondition check on delete (rest.BeforeDelete), with its messages; the
    /// store checks the same preconditions again atomically.
    /// </summary>
    private static void CheckPreconditions(ResourceDefinition definition, string name, StoredObject current, DeletePreconditions preconditions)
    {
        var what = $"Operation cannot be fulfilled on {(definition.Group.Length == 0 ? definition.Kind : $"{definition.Kind}.{definition.Group}")} \"{name}\"";
        var actualUid = current.ToJsonObject()["metadata"]?["uid"]?.GetValue<string>();
        if (preconditions.Uid is { } uid && uid != actualUid)
        {
            throw new ApiException(409, "Conflict", $"{what}: the UID in the precondition ({uid}) does not match the UID in record ({actualUid}). The object might have been deleted and then recreated")
            {
                DetailsName = name,
                DetailsGroup = definition.Group,
                DetailsKind = definition.Kind,
            };
        }

        if (preconditions.ResourceVersion is { } rv && rv != current.Revision)
        {
            throw new ApiException(409, "Conflict", $"{what}: the ResourceVersion in the precondition ({rv}) does not match the ResourceVersion in record ({current.Revision}). The object might have been modified")
            {
                DetailsName = name,
                DetailsGroup = definition.Group,
                DetailsKind = definition.Kind,
            };
        }
    }

    private async Task<StoredObject> MarkNamespaceTerminatingAsync(ApiRequest request, string name, DeletePreconditions? preconditions)
    {
        _activeNamespaces.TryRemove(name, out _);
        if (options.SystemNamespaces.Contains(name))
        {
            throw new ApiException(403, "Forbidden", $"namespaces \"{name}\" is forbidden: this namespace may not be deleted") { DetailsName = name, DetailsKind = "namespaces" };
        }

        while (true)
        {
            var current = await store.GetAsync(new ResourceKey("namespaces", "", name), request.Aborted) ?? throw ApiErrors.NotFound(request.Definition, name);
            var obj = current.ToJsonObject();
            if (preconditions is not null)
            {
                CheckPreconditions(request.Definition, name, current, preconditions);
            }

            if (obj["status"]?["phase"]?.GetValue<string>() == "Terminating" || request.DryRun)
            {
                return current;
            }

            obj["status"] = new JsonObject { ["phase"] = "Terminating" };
            try
            {
                return await store.UpdateAsync(current.Key, obj, request.Aborted);
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.Conflict)
            {
                // Changed under us: read again.
            }
        }
    }
}
