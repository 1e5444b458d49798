using System.Globalization;

namespace Karmada.Orleans.Policies;

/// <summary>Writes into JSON objects, creating the intermediate objects of a path.</summary>
internal static class JsonWrite
{
    /// <summary>The object at <paramref name="path"/>, created (or replaced when it is not an object) on the way.</summary>
    public static JsonObject Ensure(JsonObject root, params string[] path)
    {
        var current = root;
        foreach (var key in path)
        {
            if (current[key] is not JsonObject next)
            {
                next = [];
                current[key] = next;
            }

            current = next;
        }

        return current;
    }

    public static void Set(JsonObject root, JsonNode? value, params string[] path)
    {
        var parent = Ensure(root, path[..^1]);
        parent[path[^1]] = value;
    }

    /// <summary>RFC 3339 at second precision, as metav1.Time marshals.</summary>
    public static string Time(DateTimeOffset time)
        => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();
}
