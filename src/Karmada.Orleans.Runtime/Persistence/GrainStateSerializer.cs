using System.Text.Json;
using Karmada.Orleans.Remote;

namespace Karmada.Orleans.Persistence;

/// <summary>How grain state is stored: UTF-8 JSON with stable, camelCase member names.</summary>
public static class GrainStateSerializer
{
    public static byte[] Serialize<T>(T state) => JsonSerializer.SerializeToUtf8Bytes(state, GrainJson.Options);

    public static T Deserialize<T>(ReadOnlySpan<byte> data) =>
        JsonSerializer.Deserialize<T>(data, GrainJson.Options) ?? PersistentState<T>.CreateDefault();
}
