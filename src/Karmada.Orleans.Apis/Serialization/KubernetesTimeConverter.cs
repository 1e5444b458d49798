using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>
/// metav1.Time on the wire: RFC 3339 in UTC at second precision ("2024-05-01T10:00:00Z"). Reading
/// accepts any RFC 3339 form, including fractional seconds and offsets.
/// </summary>
public sealed class KubernetesTimeConverter : JsonConverter<DateTimeOffset>
{
    public const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw new JsonException($"invalid time \"{text}\"");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(Format(value));

    public static string Format(DateTimeOffset value)
        => value.ToUniversalTime().ToString(WireFormat, CultureInfo.InvariantCulture);
}
