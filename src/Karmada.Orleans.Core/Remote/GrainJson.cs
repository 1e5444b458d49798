using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Remote;

/// <summary>JSON settings for grain call arguments, results and persisted grain state.</summary>
public static class GrainJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
