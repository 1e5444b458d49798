using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Tables;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Selectors;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>
/// watch: one JSON event per line. Without a resourceVersion (or with "0") the current objects come
/// first as ADDED, then changes; with one, the changes after it. A revision that was compacted away
/// ends the stream with an ERROR event carrying a 410 Status, as kube-apiserver does.
/// </summary>
public sealed partial class KubernetesApi
{
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private async Task WatchAsync(ApiRequest request)
    {
        var definition = request.Definition;
        var labels = request.Query("labelSelector") is { Length: > 0 } l ? LabelSelector.Parse(l) : null;
        var fields = QueryOptions.FieldSelectorOf(request);
        var from = QueryOptions.ResourceVersionOf(request, list: true);

        var timeout = request.Query("timeoutSeconds") is { } ts && int.TryParse(ts, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : options.MaxWatchDuration;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(request.Aborted);
        cancel.CancelAfter(timeout);

        var table = request.Shape == ResponseShape.Table;
        var columnsSent = false;
        var response = request.Context.Response;
        response.StatusCode = 200;
        response.ContentType = "application/json";
        await response.StartAsync(cancel.Token);
        var output = response.BodyWriter;

        async Task SendAsync(string type, JsonNode obj)
        {
            if (table && type != "BOOKMARK" && type != "ERROR")
            {
                obj = TableWriter.Table(definition, [(JsonObject)obj], null, null, request.IncludeObject, time.GetUtcNow(), includeColumns: !columnsSent);
                columnsSent = true;
            }

            using (var writer = new Utf8JsonWriter(output, LineOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("type", type);
                writer.WritePropertyName("object");
                obj.WriteTo(writer);
                writer.WriteEndObject();
            }

            output.Write("\n"u8);
            if (output.UnflushedBytes > 64 * 1024)
            {
                await output.FlushAsync(cancel.Token);
            }
        }

        async Task SendStoredAsync(string type, StoredObject obj)
        {
            if (table)
            {
                await SendAsync(type, obj.ToJsonObject());
                return;
            }

            using (var writer = new Utf8JsonWriter(output, LineOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("type", type);
                writer.WritePropertyName("object");
                writer.WriteRawValue(obj.Json.Span, skipInputValidation: true);
                writer.WriteEndObject();
            }

            output.Write("\n"u8);
            if (output.UnflushedBytes > 64 * 1024)
            {
                await output.FlushAsync(cancel.Token);
            }
        }

        try
        {
            if (from is null)
            {
                // "Get state and start at most recent": the current objects as ADDED, then changes after that list.
                var continueToken = (string?)null;
                long listRevision = 0;
                do
                {
                    var page = await store.ListAsync(definition.StorageResource, new ListOptions
                    {
                        Namespace = definition.Namespaced ? request.Info.Namespace : null,
                        LabelSelector = labels,
                        FieldSelector = fields,
                        Limit = 500,
                        Continue = continueToken,
                    }, cancel.Token);
                    listRevision = page.Revision;
                    foreach (var item in page.Items)
                    {
                        await SendStoredAsync("ADDED", item);
                    }

                    continueToken = page.Continue;
                }
                while (continueToken is not null);

                from = listRevision;
                await output.FlushAsync(cancel.Token);
            }

            var watchOptions = new WatchOptions
            {
                Namespace = definition.Namespaced ? request.Info.Namespace : null,
                FromRevision = from,
                LabelSelector = labels,
                FieldSelector = fields,
                BookmarkInterval = request.QueryFlag("allowWatchBookmarks") ? options.BookmarkInterval : null,
            };
            await using var events = store.WatchAsync(definition.StorageResource, watchOptions, cancel.Token).GetAsyncEnumerator(cancel.Token);
            while (true)
            {
                var next = events.MoveNextAsync();
                if (!next.IsCompleted)
                {
                    // Nothing more buffered: push what was written to the client before waiting.
                    await output.FlushAsync(cancel.Token);
                }

                if (!await next)
                {
                    break;
                }

                var e = events.Current;
                if (e.Type == WatchEventType.Bookmark)
                {
                    await SendAsync("BOOKMARK", new JsonObject
                    {
                        ["kind"] = definition.Kind,
                        ["apiVersion"] = definition.GroupVersion,
                        ["metadata"] = new JsonObject { ["resourceVersion"] = e.Revision.ToString(CultureInfo.InvariantCulture) },
                    });
                }
                else
                {
                    await SendStoredAsync(WatchEvent.WireType(e.Type), e.Object!);
                }
            }
        }
        catch (StoreException error) when (error.Kind == StoreErrorKind.Expired)
        {
            await SendAsync("ERROR", new ApiException(410, "Expired", error.Message).ToStatus());
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Timeout or client gone: end the stream normally.
        }

        try
        {
            await output.FlushAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client is gone.
        }
    }
}
