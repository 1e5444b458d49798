using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>Reads a quantity from a string or a JSON number (int-or-string); writes the canonical string.</summary>
public sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => Quantity.TryParse(reader.GetString(), out var q)
                ? q
                : throw new JsonException($"invalid quantity \"{reader.GetString()}\""),
            JsonTokenType.Number => reader.TryGetDecimal(out var d)
                ? new Quantity(d)
                : Quantity.Parse(reader.GetDouble().ToString("R", CultureInfo.InvariantCulture)),
            _ => throw new JsonException($"a quantity must be a string or a number, not {reader.TokenType}"),
        };
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());

    public override Quantity ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Quantity.Parse(reader.GetString() ?? "");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
        => writer.WritePropertyName(value.ToString());
}
