using System.Text.Encodings.Web;
using System.Text.Json;

namespace Karmada.Orleans.Patching.Json;

/// <summary>JSON text with only the escapes JSON requires (no \u002B for '+', non-ASCII kept), as Go writes keys.</summary>
internal static class JsonText
{
    public static JsonSerializerOptions Relaxed { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string text) => JsonSerializer.Serialize(text, Relaxed);
}
