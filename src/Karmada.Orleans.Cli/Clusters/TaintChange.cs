using System.Text.Json.Nodes;

namespace Karmada.Orleans.Cli.Clusters;

/// <summary>One taint argument: <c>key=value:Effect</c> adds or updates, <c>key[:Effect]-</c> removes.</summary>
public sealed record TaintChange(string Key, string? Value, string? Effect, bool Remove)
{
    private static readonly string[] Effects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

    public static TaintChange Parse(string text)
    {
        var remove = text.EndsWith('-');
        var body = remove ? text[..^1] : text;
        string? effect = null;
        var colon = body.LastIndexOf(':');
        if (colon >= 0)
        {
            effect = body[(colon + 1)..];
            body = body[..colon];
            if (!Effects.Contains(effect))
            {
                throw new FormatException($"invalid taint effect: {effect}, unsupported taint effect (supported: NoSchedule, PreferNoSchedule, NoExecute)");
            }
        }
        else if (!remove)
        {
            throw new FormatException($"invalid taint spec: {text}: an effect is required (key=value:Effect)");
        }

        var equals = body.IndexOf('=', StringComparison.Ordinal);
        var key = equals >= 0 ? body[..equals] : body;
        var value = equals >= 0 ? body[(equals + 1)..] : null;
        if (key.Length == 0)
        {
            throw new FormatException($"invalid taint spec: {text}: the key is empty");
        }

        return new TaintChange(key, value, effect, remove);
    }

    public void ApplyTo(List<JsonObject> taints)
    {
        bool Same(JsonObject t) => t["key"]?.GetValue<string>() == Key && (Effect is null || t["effect"]?.GetValue<string>() == Effect);
        if (Remove)
        {
            taints.RemoveAll(Same);
            return;
        }

        var existing = taints.FirstOrDefault(Same);
        var taint = new JsonObject { ["key"] = Key };
        if (Value is { Length: > 0 })
        {
            taint["value"] = Value;
        }

        taint["effect"] = Effect;
        if (existing is null)
        {
            taints.Add(taint);
        }
        else
        {
            taints[taints.IndexOf(existing)] = taint;
        }
    }
}
