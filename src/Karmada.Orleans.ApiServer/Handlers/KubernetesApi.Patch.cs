using System.Globalization;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.Patching;
using Karmada.Orleans.Patching.FieldManagement;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>
/// patch: read, patch, write with the read version as precondition; retried when another writer got
/// in between (unless the patch itself names a resourceVersion). An apply patch of a missing object
/// creates it.
/// </summary>
public sealed partial class KubernetesApi
{
    private async Task PatchAsync(ApiRequest request)
    {
        var definition = request.Definition;
        var name = request.Info.Name!;
        var patcher = _patches.For(definition);
        var type = Patches.ParseType(definition, patcher, request.Context.Request.ContentType);
        var force = request.QueryFlag("force");
        if (force && type != PatchType.Apply)
        {
            throw FieldManagerInvalid(FieldManagerName.ForceForbiddenDetail);
        }

        var manager = type == PatchType.Apply ? request.Query("fieldManager") : request.FieldManager;
        if (FieldManagerName.Validate(manager, type == PatchType.Apply) is { } problem)
        {
            throw FieldManagerInvalid(problem);
        }

        var body = await BodyReader.ReadBytesAsync(request.Context, options.MaxRequestBodyBytes);
        for (var attempt = 0; ; attempt++)
        {
            var current = await store.GetAsync(request.Key(name), request.Aborted);
            if (current is null)
            {
                if (type != PatchType.Apply || request.Info.Subresource is not null)
                {
                    throw ApiErrors.NotFound(definition, name);
                }

                var created = _patches.Apply(definition, null, type, body, manager!, force);
                CheckPatchedName(ObjectMutations.Metadata(created), name);
                ObjectMutations.Metadata(created)["name"] = name;
                await CreateObjectAsync(request, created, name, recordManager: null);
                return;
            }

            var patched = _patches.Apply(definition, current.ToJsonObject(), type, body, manager!, force);
            var metadata = ObjectMutations.Metadata(patched);
            var pinned = metadata["resourceVersion"] is { } rv && rv.ToString() != current.Revision.ToString(CultureInfo.InvariantCulture);
            if (!pinned)
            {
                metadata["resourceVersion"] = current.Revision.ToString(CultureInfo.InvariantCulture);
            }

            CheckPatchedName(metadata, name);
            metadata["name"] = name;
            try
            {
                await SaveUpdateAsync(request, current, patched, 200, recordManagedFields: false);
                return;
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.Conflict && !pinned && attempt < UnpinnedUpdateAttempts)
            {
                // Someone wrote in between: patch the new version.
            }
        }
    }

    /// <summary>kube's checkName after patching: a patch may not rename the object.</summary>
    private static void CheckPatchedName(System.Text.Json.Nodes.JsonObject metadata, string name)
    {
        if (metadata["name"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var patchedName) && patchedName.Length > 0 && patchedName != name)
        {
            throw ApiException.BadRequest($"the name of the object ({patchedName}) does not match the name on the URL ({name})");
        }
    }

    /// <summary>A refused fieldManager or force ("field: Kind: detail") as kube's 422 on PatchOptions, with its cause.</summary>
    private static ApiException FieldManagerInvalid(string problem)
    {
        var separator = problem.IndexOf(": ", StringComparison.Ordinal);
        var (field, detail) = separator > 0 ? (problem[..separator], problem[(separator + 2)..]) : ("fieldManager", problem);
        var reason = detail switch
        {
            _ when detail.StartsWith("Required value", StringComparison.Ordinal) => "FieldValueRequired",
            _ when detail.StartsWith("Too long", StringComparison.Ordinal) => "FieldValueTooLong",
            _ when detail.StartsWith("Forbidden", StringComparison.Ordinal) => "FieldValueForbidden",
            _ => "FieldValueInvalid",
        };
        return QueryOptions.Invalid("PatchOptions", field, reason, detail);
    }
}
