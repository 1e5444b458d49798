using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>Turns objects of one kind into Table rows, as `kubectl get` shows them.</summary>
public interface ITablePrinter
{
    IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>One cell per column: strings, integers or booleans.</summary>
    JsonNode?[] Cells(JsonObject obj, DateTimeOffset now);
}
