using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Tables;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Selectors;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>get and list.</summary>
public sealed partial class KubernetesApi
{
    private async Task GetAsync(ApiRequest request)
    {
        QueryOptions.ResourceVersionOf(request, list: false);
        var stored = await store.GetAsync(request.Key(request.Info.Name!), request.Aborted)
            ?? throw ApiErrors.NotFound(request.Definition, request.Info.Name!);
        switch (request.Shape)
        {
            case ResponseShape.Table:
                await ResponseWriter.WriteJsonAsync(request.Context, 200,
                    TableWriter.Table(request.Definition, [stored.ToJsonObject()], Rv(stored.Revision), null, request.IncludeObject, time.GetUtcNow()));
                return;
            case ResponseShape.PartialObjectMetadata:
                await ResponseWriter.WriteJsonAsync(request.Context, 200, TableWriter.PartialObjectMetadata(stored.ToJsonObject()));
                return;
            default:
                await ResponseWriter.WriteStoredAsync(request.Context, 200, stored);
                return;
        }
    }

    private async Task ListAsync(ApiRequest request)
    {
        var result = await store.ListAsync(request.Definition.StorageResource, ListOptionsOf(request), request.Aborted);
        switch (request.Shape)
        {
            case ResponseShape.Table:
                await ResponseWriter.WriteJsonAsync(request.Context, 200,
                    TableWriter.Table(request.Definition, result.Items.Select(i => i.ToJsonObject()), Rv(result.Revision), result.Continue, request.IncludeObject, time.GetUtcNow()));
                return;
            case ResponseShape.PartialObjectMetadata:
                await ResponseWriter.WriteJsonAsync(request.Context, 200, TableWriter.PartialObjectMetadataList(result.Items.Select(i => i.ToJsonObject()), Rv(result.Revision), result.Continue));
                return;
            default:
                await ResponseWriter.WriteListAsync(request.Context, request.Definition.GroupVersion, request.Definition.ListKind, result);
                return;
        }
    }

    private static ListOptions ListOptionsOf(ApiRequest request)
    {
        var limit = 0;
        if (request.Query("limit") is { Length: > 0 } text && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit < 0))
        {
            throw ApiException.BadRequest($"limit: Invalid value: \"{text}\": must be a non-negative integer");
        }

        QueryOptions.ResourceVersionOf(request, list: true);
        return new ListOptions
        {
            Namespace = request.Definition.Namespaced ? request.Info.Namespace : null,
            LabelSelector = request.Query("labelSelector") is { Length: > 0 } labels ? LabelSelector.Parse(labels) : null,
            FieldSelector = QueryOptions.FieldSelectorOf(request),
            Limit = limit,
            Continue = request.Query("continue"),
        };
    }

    private static string Rv(long revision) => revision.ToString(CultureInfo.InvariantCulture);
}
