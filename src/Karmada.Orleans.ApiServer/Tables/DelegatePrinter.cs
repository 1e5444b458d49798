using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>A printer written as code, for built-in kinds whose cells are computed (READY 1/2, PORT(S), ...).</summary>
public sealed class DelegatePrinter(IReadOnlyList<TableColumn> columns, Func<JsonObject, DateTimeOffset, JsonNode?[]> cells) : ITablePrinter
{
    public IReadOnlyList<TableColumn> Columns => columns;

    public JsonNode?[] Cells(JsonObject obj, DateTimeOffset now) => cells(obj, now);
}
