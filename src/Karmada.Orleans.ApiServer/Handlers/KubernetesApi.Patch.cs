using System.Globalization;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>
/// patch: read, patch, write with the read version as precondition; retried when another writer
/// got in between (unless the patch itself names a resourceVersion).
/// </summary>
public sealed partial class KubernetesApi
{
    private async Task PatchAsync(ApiRequest request)
    {
        var definition = request.Definition;
        var name = request.Info.Name!;
        var contentType = request.Context.Request.ContentType ?? "";
        var body = await BodyReader.ReadBytesAsync(request.Context, options.MaxRequestBodyBytes);
        for (var attempt = 0; ; attempt++)
        {
            var current = await store.GetAsync(request.Key(name), request.Aborted) ?? throw ApiErrors.NotFound(definition, name);
            var patched = Patches.Apply(definition, current.ToJsonObject(), contentType, body);
            var metadata = ObjectMutations.Metadata(patched);
            var pinned = metadata["resourceVersion"] is { } rv && rv.ToString() != current.Revision.ToString(CultureInfo.InvariantCulture);
            if (!pinned)
            {
                metadata["resourceVersion"] = current.Revision.ToString(CultureInfo.InvariantCulture);
            }

            metadata["name"] = name;
            try
            {
                await SaveUpdateAsync(request, current, patched, 200);
                return;
            }
            catch (StoreException error) when (error.Kind == StoreErrorKind.Conflict && !pinned && attempt < 5)
            {
                // Someone wrote in between: patch the new version.
            }
        }
    }
}
