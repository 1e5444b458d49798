using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>A CRD's additionalPrinterColumn: a JSONPath into the object.</summary>
public sealed record PrinterColumn(string Name, string Type, string JsonPath, string Description = "", int Priority = 0, string Format = "");

/// <summary>
/// Prints custom resources as kube-apiserver does: NAME, then the CRD's additionalPrinterColumns
/// (or just AGE when it declares none). Date columns are printed as ages.
/// </summary>
public sealed class ColumnPrinter : ITablePrinter
{
    private readonly IReadOnlyList<PrinterColumn> _columns;

    public ColumnPrinter(IReadOnlyList<PrinterColumn> columns)
    {
        _columns = columns.Count > 0 ? columns : [new PrinterColumn("Age", "date", ".metadata.creationTimestamp")];
        Columns = [NameColumn, .. _columns.Select(c => new TableColumn(c.Name, c.Type, c.Description, c.Priority, c.Format))];
    }

    public static TableColumn NameColumn { get; } = new("Name", "string",
        "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically.", 0, "name");

    public IReadOnlyList<TableColumn> Columns { get; }

    public JsonNode?[] Cells(JsonObject obj, DateTimeOffset now)
    {
        var cells = new JsonNode?[_columns.Count + 1];
        cells[0] = new JsonNodeAccessor(obj).String("metadata", "name");
        for (var i = 0; i < _columns.Count; i++)
        {
            var cell = JsonPath.Cell(obj, _columns[i].JsonPath, _columns[i].Type);

            // Like the apiextensions server, date columns are printed as ages ("5m").
            if (_columns[i].Type == "date" && cell is JsonValue v && v.TryGetValue<string>(out var text)
                && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
            {
                cell = HumanDuration.Format(now - at);
            }

            cells[i + 1] = cell;
        }

        return cells;
    }

    public static IReadOnlyList<PrinterColumn> FromCrdVersion(JsonObject version) =>
        (version["additionalPrinterColumns"] as JsonArray ?? []).OfType<JsonObject>().Select(c => new PrinterColumn(
            c["name"]?.GetValue<string>() ?? "",
            c["type"]?.GetValue<string>() ?? "string",
            c["jsonPath"]?.GetValue<string>() ?? "",
            c["description"]?.GetValue<string>() ?? "",
            (int)(c["priority"]?.GetValue<long>() ?? 0),
            c["format"]?.GetValue<string>() ?? "")).ToList();
}
