using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Tables;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>The /scale subresource (autoscaling/v1 Scale): what `kubectl scale` and HPAs use.</summary>
public sealed partial class KubernetesApi
{
    private async Task GetScaleAsync(ApiRequest request)
    {
        // kube's scale storage names the subresource in its NotFound (deployments/scale.apps "x" not found).
        var definition = request.Definition;
        var name = request.Info.Name!;
        var current = await store.GetAsync(request.Key(name), request.Aborted)
            ?? throw new ApiException(404, "NotFound", $"{definition.Plural}/scale{(definition.Group.Length == 0 ? "" : "." + definition.Group)} \"{name}\" not found")
            {
                DetailsName = name,
                DetailsGroup = definition.Group,
                DetailsKind = $"{definition.Plural}/scale",
            };
        await ResponseWriter.WriteJsonAsync(request.Context, 200, ScaleOf(request, current));
    }

    private async Task UpdateScaleAsync(ApiRequest request)
    {
        var body = BodyReader.ParseObject(await BodyReader.ReadBytesAsync(request.Context, options.MaxRequestBodyBytes), request.Context.Request.ContentType, "Scale");
        await ApplyScaleAsync(request, _ => body);
    }

    private async Task PatchScaleAsync(ApiRequest request)
    {
        var patchBody = await BodyReader.ReadBytesAsync(request.Context, options.MaxRequestBodyBytes);
        var scaleDefinition = Patches.ScaleDefinition;
        var type = Patches.ParseType(scaleDefinition, _patches.For(scaleDefinition), request.Context.Request.ContentType);
        await ApplyScaleAsync(request, scale => _patches.Apply(scaleDefinition, scale, type, patchBody, request.FieldManager, force: false));
    }

    private async Task ApplyScaleAsync(ApiRequest request, Func<JsonObject, JsonObject> change)
    {
        var scaleSpec = request.Definition.Scale!;
        for (var attempt = 0; ; attempt++)
        {
            var current = await store.GetAsync(request.Key(request.Info.Name!), request.Aborted) ?? throw ApiErrors.NotFound(request.Definition, request.Info.Name!);
            var scale = ScaleOf(request, current);
            var desired = change(scale.DeepClone().AsObject());
            if (desired["metadata"]?["resourceVersion"]?.GetValue<string>() is { Length: > 0 } rv && rv != current.Revision.ToString(CultureInfo.InvariantCulture))
            {
                throw ApiErrors.FromStore(ObjectMutations.Conflict(current.Key), request.Definition, request.Info.Name);
            }

            var replicasNode = desired["spec"]?["replicas"];
            if (replicasNode is null || replicasNode.GetValueKind() != JsonValueKind.Number || replicasNode.GetValue<long>() < 0)
            {
                throw ApiErrors.Invalid(request.Definition, request.Info.Name!, [new StatusCause("FieldValueInvalid", $"Invalid value: {replicasNode?.ToJsonString() ?? "null"}: must be greater than or equal to 0", "spec.replicas")]);
            }

            var obj = current.ToJsonObject();
            SetPath(obj, scaleSpec.SpecReplicasPath, JsonValue.Create(replicasNode.GetValue<long>()));
            Storage.ObjectMutations.Metadata(obj)["resourceVersion"] = current.Revision.ToString(CultureInfo.InvariantCulture);
            var scaleRequest = new ApiRequest(request.Context, request.Info with { Subresource = null }, request.Definition);
            try
            {
                var written = await SaveUpdateAsync(scaleRequest, current, obj, 200, respond: false);
                await ResponseWriter.WriteJsonAsync(request.Context, 200, ScaleOf(request, written));
                return;
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.Conflict && attempt < UnpinnedUpdateAttempts)
            {
                // Lost a race with another writer: scale the new version. A request that pinned a
                // resourceVersion fails the precondition check above on the next attempt, as in kube.
                // (The patched Scale always carries the version it was read at, so whether the client
                // pinned one cannot be told from it here.)
            }
        }
    }

    private static JsonObject ScaleOf(ApiRequest request, StoredObject stored)
    {
        var obj = stored.ToJsonObject();
        var scale = request.Definition.Scale!;
        var metadata = obj["metadata"] as JsonObject ?? [];
        var status = new JsonObject { ["replicas"] = JsonPath.Cell(obj, scale.StatusReplicasPath, "integer")?.DeepClone() ?? 0 };
        var selector = scale.LabelSelectorPath is not null ? JsonPath.Cell(obj, scale.LabelSelectorPath, "string") : null;
        if (selector is null && obj["spec"]?["selector"] is JsonObject labelSelector)
        {
            selector = LabelSelectorString(labelSelector);
        }

        if (selector is not null)
        {
            status["selector"] = selector.DeepClone();
        }

        return new JsonObject
        {
            ["kind"] = "Scale",
            ["apiVersion"] = "autoscaling/v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = metadata["name"]?.DeepClone(),
                ["namespace"] = metadata["namespace"]?.DeepClone(),
                ["uid"] = metadata["uid"]?.DeepClone(),
                ["resourceVersion"] = stored.Revision.ToString(CultureInfo.InvariantCulture),
                ["creationTimestamp"] = metadata["creationTimestamp"]?.DeepClone(),
            },
            ["spec"] = new JsonObject { ["replicas"] = JsonPath.Cell(obj, scale.SpecReplicasPath, "integer")?.DeepClone() ?? 1 },
            ["status"] = status,
        };
    }

    private static JsonNode LabelSelectorString(JsonObject selector)
    {
        var parts = new List<string>();
        if (selector["matchLabels"] is JsonObject labels)
        {
            parts.AddRange(labels.Select(kv => $"{kv.Key}={JsonNodeAccessor.Scalar(kv.Value)}"));
        }

        foreach (var e in (selector["matchExpressions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var values = string.Join(",", (e["values"] as JsonArray ?? []).Select(JsonNodeAccessor.Scalar));
            parts.Add(e["operator"]?.GetValue<string>() switch
            {
                "In" => $"{e["key"]} in ({values})",
                "NotIn" => $"{e["key"]} notin ({values})",
                "Exists" => $"{e["key"]}",
                _ => $"!{e["key"]}",
            });
        }

        return JsonValue.Create(string.Join(",", parts));
    }

    /// <summary>Sets a simple dotted path like .spec.replicas, creating objects on the way.</summary>
    private static void SetPath(JsonObject obj, string path, JsonNode? value)
    {
        var parts = path.Trim('.').Split('.');
        var node = obj;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject next)
            {
                next = [];
                node[part] = next;
            }

            node = next;
        }

        node[parts[^1]] = value;
    }
}
