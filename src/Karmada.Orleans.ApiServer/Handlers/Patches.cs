using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Patching;
using Karmada.Orleans.Patching.FieldManagement;
using Karmada.Orleans.Patching.Schema;
using PatchGvk = Karmada.Orleans.Patching.Schema.GroupVersionKind;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>
/// Patching and field management for the API: JSON, merge and strategic merge patches, server-side
/// apply, and the managedFields every write records. Built-in kinds are typed by Kubernetes' OpenAPI
/// definitions, custom resources by their CRD schema.
/// </summary>
public sealed class Patches(TimeProvider time)
{
    private readonly ConcurrentDictionary<ResourceDefinition, ObjectPatcher> _patchers = new();

    public ObjectPatcher For(ResourceDefinition definition) => _patchers.GetOrAdd(definition, d =>
    {
        var schema = PatchSchema.Kubernetes;
        if (d.IsCustom || d.Schema is not null || !schema.IsKnown(Gvk(d)))
        {
            schema = schema.WithCustomResource(Gvk(d), d.Schema);
        }

        return new ObjectPatcher(schema, (TimeProvider?)time);
    });

    /// <summary>autoscaling/v1 Scale, as patched through the /scale subresource.</summary>
    public static ResourceDefinition ScaleDefinition { get; } = new() { Group = "autoscaling", Version = "v1", Kind = "Scale", Plural = "scale", Namespaced = true };

    public static PatchGvk Gvk(ResourceDefinition definition) => new(definition.Group, definition.Version, definition.Kind);

    public static PatchType ParseType(ResourceDefinition definition, ObjectPatcher patcher, string? contentType)
    {
        if (!PatchTypes.TryParse(contentType, out var type) || (type == PatchType.StrategicMerge && !patcher.Schema.SupportsStrategicMerge(Gvk(definition))))
        {
            // go-restful refuses a Content-Type the patch route does not consume before kube's handler runs.
            throw new ApiException(415, "UnsupportedMediaType", "415: Unsupported Media Type") { EmptyDetails = true };
        }

        return type;
    }

    /// <summary>Applies a PATCH body to <paramref name="live"/> (null only for an apply that creates).</summary>
    public JsonObject Apply(ResourceDefinition definition, JsonObject? live, PatchType type, byte[] body, string manager, bool force) =>
        Run(() => For(definition).Patch(live, type, Encoding.UTF8.GetString(body), manager, force, definition.GroupVersion));

    /// <summary>Records a create or update by <paramref name="manager"/> in managedFields.</summary>
    public JsonObject RecordUpdate(ResourceDefinition definition, JsonObject? live, JsonObject updated, string manager) =>
        Run(() => For(definition).FieldManager.Update(live, updated, manager));

    private static JsonObject Run(Func<JsonObject> operation)
    {
        try
        {
            return operation();
        }
        catch (PatchNotApplicableException error)
        {
            // kube's generic 422 (NewGenericServerResponse): its fixed message, what failed as an UnexpectedServerResponse cause.
            throw new ApiException(422, "Invalid", "the server rejected our request due to an error in our request")
            {
                Causes = [new Http.StatusCause("UnexpectedServerResponse", error.Detail, "")],
            };
        }
        catch (PatchException error)
        {
            throw new ApiException(error.StatusCode, error.Reason ?? "", error.Message)
            {
                Causes = error.Causes.Select(c => new Http.StatusCause(c.Reason, c.Message, c.Field)).ToList(),
            };
        }
    }
}
