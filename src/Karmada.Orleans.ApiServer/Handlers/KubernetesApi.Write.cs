using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Admission;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.Storage;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>create and update (PUT), including /status.</summary>
public sealed partial class KubernetesApi
{
    private async Task CreateAsync(ApiRequest request)
    {
        var definition = request.Definition;
        if (!BodyReader.IsJsonOrYaml(request.Context.Request.ContentType))
        {
            throw UnsupportedBody();
        }

        var obj = BodyReader.ParseObject(await BodyReader.ReadBytesAsync(request.Context, options.MaxRequestBodyBytes), request.Context.Request.ContentType, definition.Kind);
        CheckTypeMeta(request, obj);
        var metadata = Storage.ObjectMutations.Metadata(obj);
        var name = metadata["name"]?.GetValueKind() == JsonValueKind.String ? metadata["name"]!.GetValue<string>() : "";
        if (name.Length == 0)
        {
            if (metadata["generateName"]?.GetValueKind() == JsonValueKind.String && metadata["generateName"]!.GetValue<string>() is { Length: > 0 } prefix)
            {
                name = prefix + RandomSuffix();
                metadata["name"] = name;
            }
            else
            {
                throw ApiErrors.Invalid(definition, "", [new StatusCause("FieldValueRequired", "Required value: name or generateName is required", "metadata.name")]);
            }
        }

        CheckNamespace(request, metadata);
        await CreateObjectAsync(request, obj, name, request.FieldManager);
    }

    /// <summary>Validates and stores a new object (create, or apply of a missing object) and answers 201.</summary>
    private async Task CreateObjectAsync(ApiRequest request, JsonObject obj, string name, string? recordManager)
    {
        var definition = request.Definition;
        var metadata = Storage.ObjectMutations.Metadata(obj);
        CheckTypeMeta(request, obj);
        CheckNamespace(request, metadata);
        foreach (var serverOwned in new[] { "resourceVersion", "uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "selfLink" })
        {
            metadata.Remove(serverOwned);
        }

        if (definition.HasStatus && !definition.IsCustom && definition.Plural is not ("namespaces" or "nodes" or "pods" or "customresourcedefinitions"))
        {
            obj.Remove("status");
        }

        if (definition.Namespaced)
        {
            await RequireNamespaceAsync(request.Namespace, request.Aborted);
        }

        var admissionRequest = new AdmissionRequest(definition, AdmissionOperation.Create, obj, null, null, request.DryRun);
        CheckSchema(request, obj, name, admissionRequest.Warnings);
        Admit(admissionRequest, name);
        OnBeforeCreate?.Invoke(request, obj);
        if (recordManager is not null)
        {
            obj = _patches.RecordUpdate(definition, null, obj, recordManager);
        }

        if (request.DryRun)
        {
            var preview = JsonNode.Parse(ObjectMutations.Create(request.Key(name), obj, 0, time.GetUtcNow(), !options.ResourcesWithoutGeneration.Contains(definition.StorageResource)))!.AsObject();
            Storage.ObjectMutations.Metadata(preview).Remove("resourceVersion");
            await WriteWithWarningsAsync(request, 201, preview, admissionRequest.Warnings);
            return;
        }

        StoredObject created;
        try
        {
            created = await store.CreateAsync(request.Key(name), obj, request.Aborted);
        }
        catch (StoreException error)
        {
            // The name came from the body, not the URL: the Status names it all the same.
            throw ApiErrors.FromStore(error, definition, name);
        }

        AddWarnings(request, admissionRequest.Warnings);
        await ResponseWriter.WriteStoredAsync(request.Context, 201, created);
    }

    /// <summary>
    /// How often a patch or scale that pinned no resourceVersion is redone on the newer version after
    /// losing a race with another writer. kube-apiserver retries these without limit; a bound this high is
    /// only reached if the store itself keeps refusing, and then the client sees the 409.
    /// </summary>
    private const int UnpinnedUpdateAttempts = 100;

    private async Task UpdateAsync(ApiRequest request)
    {
        var definition = request.Definition;
        if (!BodyReader.IsJsonOrYaml(request.Context.Request.ContentType))
        {
            throw UnsupportedBody();
        }

        var obj = BodyReader.ParseObject(await BodyReader.ReadBytesAsync(request.Context, options.MaxRequestBodyBytes), request.Context.Request.ContentType, definition.Kind);
        CheckTypeMeta(request, obj);
        var name = request.Info.Name!;
        var metadata = Storage.ObjectMutations.Metadata(obj);
        if (metadata["name"]?.GetValueKind() == JsonValueKind.String && metadata["name"]!.GetValue<string>() is { Length: > 0 } bodyName && bodyName != name)
        {
            throw ApiException.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({name})");
        }

        CheckNamespace(request, metadata);
        var current = await store.GetAsync(request.Key(name), request.Aborted) ?? throw ApiErrors.NotFound(definition, name);
        await SaveUpdateAsync(request, current, obj, 200);
    }

    /// <summary>
    /// Completes an update of <paramref name="current"/> to <paramref name="desired"/>: keeps the parts the
    /// endpoint may not change (status on the main resource, everything but status on /status), admits and writes.
    /// </summary>
    private async Task<StoredObject> SaveUpdateAsync(ApiRequest request, StoredObject current, JsonObject desired, int status, bool respond = true, bool recordManagedFields = true)
    {
        var definition = request.Definition;
        var currentObject = current.ToJsonObject();
        JsonObject updated;
        if (request.Info.Subresource == "status")
        {
            updated = currentObject.DeepClone().AsObject();
            if (desired["status"] is { } newStatus)
            {
                updated["status"] = newStatus.DeepClone();
            }
            else
            {
                updated.Remove("status");
            }

            if (Storage.ObjectMutations.Metadata(desired)["resourceVersion"] is { } rv)
            {
                Storage.ObjectMutations.Metadata(updated)["resourceVersion"] = rv.DeepClone();
            }
        }
        else
        {
            updated = desired;
            if (definition.HasStatus && definition.Plural is not ("namespaces" or "customresourcedefinitions"))
            {
                if (currentObject["status"] is { } oldStatus)
                {
                    updated["status"] = oldStatus.DeepClone();
                }
                else
                {
                    updated.Remove("status");
                }
            }
        }

        var admissionRequest = new AdmissionRequest(definition, AdmissionOperation.Update, updated, currentObject, request.Info.Subresource, request.DryRun);
        CheckSchema(request, updated, request.Info.Name!, admissionRequest.Warnings);
        Admit(admissionRequest, request.Info.Name!);
        if (recordManagedFields)
        {
            var rv = Storage.ObjectMutations.Metadata(updated)["resourceVersion"]?.DeepClone();
            updated = _patches.RecordUpdate(definition, currentObject, updated, request.FieldManager);
            Storage.ObjectMutations.Metadata(updated)["resourceVersion"] = rv;
        }
        if (request.DryRun)
        {
            var outcome = ObjectMutations.Update(request.Key(request.Info.Name!), updated, current.Json, current.Revision, current.Revision, !options.ResourcesWithoutGeneration.Contains(definition.StorageResource));
            var preview = outcome is null ? currentObject : JsonNode.Parse(outcome.Json)!.AsObject();
            if (respond)
            {
                await WriteWithWarningsAsync(request, status, preview, admissionRequest.Warnings);
            }

            return current;
        }

        var written = await store.UpdateAsync(request.Key(request.Info.Name!), updated, request.Aborted);
        if (respond)
        {
            AddWarnings(request, admissionRequest.Warnings);
            await ResponseWriter.WriteStoredAsync(request.Context, status, written);
        }

        return written;
    }

    /// <summary>
    /// Unknown fields are dropped (as kube's decoding does) and, per ?fieldValidation, refused (Strict),
    /// warned about (Warn, the default) or ignored; custom resources must also match their schema's types.
    /// </summary>
    private static void CheckSchema(ApiRequest request, JsonObject obj, string name, List<string> warnings)
    {
        var mode = request.Query("fieldValidation") is { Length: > 0 } given ? given : "Warn";
        if (mode is not ("Strict" or "Warn" or "Ignore"))
        {
            throw ApiException.BadRequest($"fieldValidation: Unsupported value: \"{mode}\": supported values: \"Ignore\", \"Strict\", \"Warn\"");
        }

        var findings = OpenApi.SchemaValidator.Check(request.Definition, obj, prune: true);
        if (findings.Errors.Count > 0)
        {
            throw ApiErrors.Invalid(request.Definition, name, findings.Errors.Select(e => new StatusCause(e.Reason, e.Message, e.Field)).ToList());
        }

        if (findings.UnknownFields.Count == 0 || mode == "Ignore")
        {
            return;
        }

        if (mode == "Strict")
        {
            throw ApiException.BadRequest($"strict decoding error: {string.Join(", ", findings.UnknownFields.Select(f => $"unknown field \"{f}\""))}");
        }

        warnings.AddRange(findings.UnknownFields.Select(f => $"unknown field \"{f}\""));
    }

    /// <summary>Hook for the host to adjust objects on create (e.g. namespaces start Active).</summary>
    public Action<ApiRequest, JsonObject>? OnBeforeCreate { get; set; }

    private void Admit(AdmissionRequest request, string name)
    {
        foreach (var plugin in _admission)
        {
            plugin.Mutate(request);
        }

        var errors = new List<FieldError>();
        foreach (var plugin in _admission)
        {
            plugin.Validate(request, errors);
        }

        if (errors.Count > 0)
        {
            throw ApiErrors.Invalid(request.Definition, name, errors.Select(e => new StatusCause(e.Reason, e.Message, e.Field)).ToList());
        }
    }

    private static void CheckTypeMeta(ApiRequest request, JsonObject obj)
    {
        var definition = request.Definition;
        if (obj["apiVersion"] is JsonValue apiVersion && apiVersion.GetValueKind() == JsonValueKind.String)
        {
            if (apiVersion.GetValue<string>() != definition.GroupVersion)
            {
                throw ApiException.BadRequest($"the API version in the data ({apiVersion.GetValue<string>()}) does not match the expected API version ({definition.GroupVersion})");
            }
        }
        else
        {
            obj["apiVersion"] = definition.GroupVersion;
        }

        if (obj["kind"] is JsonValue kind && kind.GetValueKind() == JsonValueKind.String)
        {
            if (kind.GetValue<string>() != definition.Kind && request.Info.Subresource is null)
            {
                throw ApiException.BadRequest($"the kind in the data ({kind.GetValue<string>()}) does not match the expected kind ({definition.Kind})");
            }
        }
        else
        {
            obj["kind"] = definition.Kind;
        }

        // Keep apiVersion and kind first, as kube-apiserver writes them.
        var ordered = new List<KeyValuePair<string, JsonNode?>>();
        foreach (var property in obj.ToList())
        {
            obj.Remove(property.Key);
            ordered.Add(property);
        }

        obj["apiVersion"] = ordered.First(p => p.Key == "apiVersion").Value;
        obj["kind"] = ordered.First(p => p.Key == "kind").Value;
        foreach (var (key, value) in ordered.Where(p => p.Key is not ("apiVersion" or "kind")))
        {
            obj[key] = value;
        }
    }

    private static void CheckNamespace(ApiRequest request, JsonObject metadata)
    {
        if (!request.Definition.Namespaced)
        {
            metadata.Remove("namespace");
            return;
        }

        if (request.Info.Namespace is null)
        {
            throw ApiException.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        if (metadata["namespace"]?.GetValueKind() == JsonValueKind.String && metadata["namespace"]!.GetValue<string>() is { Length: > 0 } ns && ns != request.Info.Namespace)
        {
            throw ApiException.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        metadata["namespace"] = request.Info.Namespace;
    }

    /// <summary>
    /// kube's NamespaceLifecycle admission: content only goes into a namespace that exists and is not
    /// terminating. Like kube (which asks an informer cache), an active namespace is remembered for a
    /// few seconds; this API forgets it at once when it marks the namespace terminating.
    /// </summary>
    private async Task RequireNamespaceAsync(string ns, CancellationToken cancellationToken)
    {
        if (_activeNamespaces.TryGetValue(ns, out var seen) && time.GetUtcNow() - seen < ActiveNamespaceMemory)
        {
            return;
        }

        var stored = await store.GetAsync(new ResourceKey("namespaces", "", ns), cancellationToken);
        if (stored is null)
        {
            throw new ApiException(404, "NotFound", $"namespaces \"{ns}\" not found") { DetailsName = ns, DetailsKind = "namespaces" };
        }

        if (stored.ToJsonObject()["status"]?["phase"]?.GetValue<string>() == "Terminating")
        {
            throw new ApiException(403, "Forbidden", $"unable to create new content in namespace {ns} because it is being terminated");
        }

        _activeNamespaces[ns] = time.GetUtcNow();
    }

    private static async Task WriteWithWarningsAsync(ApiRequest request, int status, JsonObject obj, List<string> warnings)
    {
        AddWarnings(request, warnings);
        await ResponseWriter.WriteJsonAsync(request.Context, status, obj);
    }

    private static void AddWarnings(ApiRequest request, List<string> warnings)
    {
        foreach (var warning in warnings)
        {
            request.Context.Response.Headers.Append("Warning", $"299 - \"{warning.Replace("\"", "'", StringComparison.Ordinal)}\"");
        }
    }

    private static ApiException UnsupportedBody() =>
        ApiException.UnsupportedMediaType("the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");

    private static string RandomSuffix()
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        return string.Create(5, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    private static string Rv(StoredObject obj) => obj.Revision.ToString(CultureInfo.InvariantCulture);
}
