using System.Text;
using System.Text.Json;

namespace Karmada.Orleans.Storage;

/// <summary>A list continuation: the revision the first page was read at and the key to continue after.</summary>
public sealed record ContinueToken(long Revision, string StartAfter)
{
    public string Encode() =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Wire("meta.k8s.io/v1", Revision, StartAfter))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ContinueToken Decode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var wire = JsonSerializer.Deserialize<Wire>(Convert.FromBase64String(base64));
            if (wire is null || wire.V != "meta.k8s.io/v1" || wire.Rv <= 0 || wire.Start is null)
            {
                throw new FormatException();
            }

            return new ContinueToken(wire.Rv, wire.Start);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            throw new StoreException(StoreErrorKind.Invalid, $"continue key is not valid: {Encoding.UTF8.GetByteCount(token)} bytes that do not decode to a continue token");
        }
    }

    private sealed record Wire(
        [property: System.Text.Json.Serialization.JsonPropertyName("v")] string V,
        [property: System.Text.Json.Serialization.JsonPropertyName("rv")] long Rv,
        [property: System.Text.Json.Serialization.JsonPropertyName("start")] string Start);
}
