using System.Text.Json.Nodes;

namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>RFC 7386 merge patch and a small RFC 6902 subset, for the fake API server.</summary>
internal static class JsonMergePatch
{
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                var current = result[key];
                result.Remove(key);
                result[key] = Apply(current?.DeepClone(), value);
            }
        }

        return result;
    }

    public static void ApplyJsonPatch(JsonObject target, JsonArray operations)
    {
        foreach (var operation in operations.OfType<JsonObject>())
        {
            var op = operation["op"]!.GetValue<string>();
            var path = operation["path"]!.GetValue<string>().Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            JsonObject parent = target;
            foreach (var step in path[..^1])
            {
                parent = parent[step] as JsonObject ?? throw new StoreException(422, "Invalid", $"jsonpatch {op}: missing path {string.Join('/', path)}");
            }

            switch (op)
            {
                case "add" or "replace":
                    parent[path[^1]] = operation["value"]?.DeepClone();
                    break;
                case "remove":
                    parent.Remove(path[^1]);
                    break;
                case "test" when !JsonNode.DeepEquals(parent[path[^1]], operation["value"]):
                    throw new StoreException(422, "Invalid", $"jsonpatch test failed at {string.Join('/', path)}");
            }
        }
    }
}
