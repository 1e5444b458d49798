using System.Globalization;
using System.Text.Json;

namespace Karmada.Orleans.Bench;

/// <summary>One measured figure, with the goal it is held against.</summary>
public sealed record BenchResult(string Suite, string Name, double Value, string Unit, string Detail, double? Goal = null, bool LowerIsBetter = false)
{
    public bool? MeetsGoal => Goal is { } goal ? (LowerIsBetter ? Value <= goal : Value >= goal) : null;

    public static void PrintTable(IReadOnlyList<BenchResult> results)
    {
        Console.WriteLine($"{"suite",-10} {"measure",-40} {"value",14} {"unit",-14} {"goal",12}  detail");
        foreach (var r in results)
        {
            var goal = r.Goal is { } g ? $"{(r.LowerIsBetter ? "<=" : ">=")}{g.ToString("N0", CultureInfo.InvariantCulture)} {(r.MeetsGoal == true ? "ok" : "MISS")}" : "";
            Console.WriteLine($"{r.Suite,-10} {r.Name,-40} {r.Value.ToString(Math.Abs(r.Value) < 100 ? "N2" : "N0", CultureInfo.InvariantCulture),14} {r.Unit,-14} {goal,12}  {r.Detail}");
        }
    }

    public static void PrintJson(IReadOnlyList<BenchResult> results) =>
        Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
}
