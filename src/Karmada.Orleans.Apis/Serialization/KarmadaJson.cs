using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>
/// The one JSON dialect of the API types: Kubernetes field names, nulls omitted, unknown fields
/// ignored, metav1.Time at second precision, quantities as strings.
/// </summary>
public static class KarmadaJson
{
    /// <summary>Compact options shared by every (de)serialisation of API types.</summary>
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: false);

    /// <summary>As <see cref="Options"/>, indented for humans.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(writeIndented: true);

    public static string Serialize<T>(T value, bool indented = false)
        => JsonSerializer.Serialize(value, indented ? IndentedOptions : Options);

    public static T Deserialize<T>(string json)
        => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"null {typeof(T).Name}");

    public static T Deserialize<T>(JsonNode node)
        => node.Deserialize<T>(Options) ?? throw new JsonException($"null {typeof(T).Name}");

    public static T Deserialize<T>(JsonElement element)
        => element.Deserialize<T>(Options) ?? throw new JsonException($"null {typeof(T).Name}");

    public static JsonNode ToNode<T>(T value)
        => JsonSerializer.SerializeToNode(value, Options) ?? throw new JsonException($"null {typeof(T).Name}");

    public static JsonElement ToElement<T>(T value)
        => JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
            WriteIndented = writeIndented,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new KubernetesTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
