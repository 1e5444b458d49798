using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>Builds meta.k8s.io/v1 Table and PartialObjectMetadata responses.</summary>
public static class TableWriter
{
    public static JsonObject Table(ResourceDefinition definition, IEnumerable<JsonObject> objects, string? resourceVersion, string? continueToken, string includeObject, DateTimeOffset now, bool includeColumns = true)
    {
        var printer = definition.Printer ?? BuiltinPrinters.Default;
        var metadata = new JsonObject();
        if (resourceVersion is not null)
        {
            metadata["resourceVersion"] = resourceVersion;
        }

        if (continueToken is not null)
        {
            metadata["continue"] = continueToken;
        }

        var rows = new JsonArray();
        foreach (var obj in objects)
        {
            var row = new JsonObject { ["cells"] = new JsonArray(printer.Cells(obj, now)) };
            switch (includeObject)
            {
                case "None":
                    break;
                case "Object":
                    row["object"] = obj;
                    break;
                default:
                    row["object"] = PartialObjectMetadata(obj);
                    break;
            }

            rows.Add(row);
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = metadata,
            ["columnDefinitions"] = includeColumns
                ? new JsonArray(printer.Columns.Select(c => (JsonNode?)new JsonObject
                {
                    ["name"] = c.Name,
                    ["type"] = c.Type,
                    ["format"] = c.Format,
                    ["description"] = c.Description,
                    ["priority"] = c.Priority,
                }).ToArray())
                : null,
            ["rows"] = rows,
        };
    }

    public static JsonObject PartialObjectMetadata(JsonObject obj) => new()
    {
        ["kind"] = "PartialObjectMetadata",
        ["apiVersion"] = "meta.k8s.io/v1",
        ["metadata"] = obj["metadata"]?.DeepClone(),
    };

    public static JsonObject PartialObjectMetadataList(IEnumerable<JsonObject> objects, string resourceVersion, string? continueToken)
    {
        var metadata = new JsonObject { ["resourceVersion"] = resourceVersion };
        if (continueToken is not null)
        {
            metadata["continue"] = continueToken;
        }

        return new JsonObject
        {
            ["kind"] = "PartialObjectMetadataList",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = metadata,
            ["items"] = new JsonArray(objects.Select(o => (JsonNode?)PartialObjectMetadata(o)).ToArray()),
        };
    }
}
