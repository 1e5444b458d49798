using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.FieldManagement;
using Karmada.Orleans.Patching.JsonPatch;
using Karmada.Orleans.Patching.MergePatch;
using Karmada.Orleans.Patching.Schema;
using Karmada.Orleans.Patching.Strategic;

namespace Karmada.Orleans.Patching;

/// <summary>
/// What a PATCH request does to an object, whatever its content type: a JSON, merge or strategic merge patch is
/// applied and then recorded as an Update by the field manager; an apply patch goes through server-side apply
/// (and may create the object). Failures are <see cref="PatchException"/>s carrying kube's status code.
/// </summary>
public sealed class ObjectPatcher(PatchSchema schema, FieldManager fieldManager)
{
    public ObjectPatcher(PatchSchema schema, TimeProvider? timeProvider = null)
        : this(schema, new FieldManager(schema, timeProvider))
    {
    }

    public PatchSchema Schema { get; } = schema;

    public FieldManager FieldManager { get; } = fieldManager;

    /// <summary>
    /// Patches <paramref name="live"/> (null only for an apply that creates) with <paramref name="body"/> and returns
    /// the new object with its managedFields. <paramref name="force"/> only matters for apply.
    /// </summary>
    /// <param name="apiVersion">The request URL's API version, checked against an apply body's.</param>
    public JsonObject Patch(JsonObject? live, PatchType type, string body, string fieldManagerName, bool force = false, string? apiVersion = null)
    {
        if (type == PatchType.Apply)
        {
            return FieldManager.Apply(live, body, fieldManagerName, force, apiVersion);
        }

        ArgumentNullException.ThrowIfNull(live);
        var patched = type switch
        {
            PatchType.Json => JsonPatchDocument.Apply(live, body) as JsonObject
                ?? throw new PatchNotApplicableException("json patch result is not an object"),
            PatchType.Merge => JsonMergePatch.ApplyToObject(live, body),
            _ => StrategicMergePatch.Apply(live, body, Schema),
        };
        return FieldManager.Update(live, patched, fieldManagerName);
    }

    /// <summary>Patch content types <paramref name="gvk"/> accepts (kube's 415 lists them): all four for built-in
    /// kinds, no strategic merge patch for others.</summary>
    public IReadOnlyList<string> AcceptedPatchTypes(GroupVersionKind gvk)
        => Schema.SupportsStrategicMerge(gvk) ? PatchTypes.All : StrategicMergePatch.CustomResourcePatchTypes;
}
