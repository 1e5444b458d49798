using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Karmada.Orleans.Apis;

/// <summary>
/// YAML ↔ JSON for Kubernetes manifests: multi-document streams, <c>kind: List</c> expansion,
/// scalars typed as kubectl types them, anchors and merge keys.
/// </summary>
public static class KubeYaml
{
    /// <summary>
    /// Every non-empty document of <paramref name="yaml"/>. With <paramref name="expandLists"/>, a
    /// <c>kind: List</c> (or any <c>…List</c> with <c>items</c>) contributes its items instead.
    /// </summary>
    public static IReadOnlyList<JsonNode> ParseDocuments(string yaml, bool expandLists = true)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"invalid YAML: {e.Message}", e);
        }

        var result = new List<JsonNode>();
        foreach (var document in stream.Documents)
        {
            var node = Convert(document.RootNode);
            if (node is null)
            {
                continue;
            }

            if (expandLists && node is JsonObject obj && IsList(obj))
            {
                foreach (var item in obj["items"]!.AsArray())
                {
                    if (item is not null)
                    {
                        result.Add(item.DeepClone());
                    }
                }

                continue;
            }

            result.Add(node);
        }

        return result;
    }

    /// <summary>The single document of <paramref name="yaml"/>; throws when there is not exactly one.</summary>
    public static JsonNode ParseSingle(string yaml)
    {
        var documents = ParseDocuments(yaml, expandLists: false);
        return documents.Count == 1
            ? documents[0]
            : throw new FormatException($"expected one YAML document, found {documents.Count}");
    }

    /// <summary>Every document as <typeparamref name="T"/> through <see cref="KarmadaJson"/>.</summary>
    public static IReadOnlyList<T> Deserialize<T>(string yaml)
        => ParseDocuments(yaml).Select(KarmadaJson.Deserialize<T>).ToList();

    /// <summary>Serialise an API object to YAML.</summary>
    public static string Serialize<T>(T value)
        => FromJson(KarmadaJson.ToNode(value));

    /// <summary>One YAML document (no "---") for a JSON value.</summary>
    public static string FromJson(JsonNode? node)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, node);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>Several documents separated by "---".</summary>
    public static string FromJsonDocuments(IEnumerable<JsonNode?> nodes)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var node in nodes)
        {
            if (!first)
            {
                builder.Append("---\n");
            }

            first = false;
            builder.Append(FromJson(node));
        }

        return builder.ToString();
    }

    private static bool IsList(JsonObject obj)
        => obj["kind"] is JsonValue kind && kind.TryGetValue<string>(out var k) && k.EndsWith("List", StringComparison.Ordinal)
            && obj["items"] is JsonArray;

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return ConvertScalar(scalar);
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var child in sequence.Children)
                {
                    array.Add(Convert(child));
                }

                return array;
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = keyNode is YamlScalarNode k ? k.Value ?? "" : throw new FormatException("mapping keys must be scalars");
                    if (key == "<<" && keyNode is YamlScalarNode { Style: ScalarStyle.Plain })
                    {
                        Merge(obj, valueNode);
                        continue;
                    }

                    obj[key] = Convert(valueNode);
                }

                return obj;
            default:
                return null;
        }
    }

    // YAML merge keys: explicit keys win over merged ones, earlier merged maps over later ones.
    private static void Merge(JsonObject target, YamlNode source)
    {
        var maps = source is YamlSequenceNode seq ? seq.Children : [source];
        foreach (var map in maps)
        {
            if (Convert(map) is not JsonObject merged)
            {
                throw new FormatException("merge keys must refer to mappings");
            }

            foreach (var (key, value) in merged.ToList())
            {
                if (!target.ContainsKey(key))
                {
                    merged.Remove(key);
                    target[key] = value;
                }
            }
        }
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        switch (tag)
        {
            case "tag:yaml.org,2002:str":
                return JsonValue.Create(value);
            case "tag:yaml.org,2002:null":
                return null;
            case "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float":
                return YamlScalarResolver.Resolve(value);
        }

        return scalar.Style == ScalarStyle.Plain ? YamlScalarResolver.Resolve(value) : JsonValue.Create(value);
    }

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
            case JsonObject obj:
                emitter.Emit(new MappingStart(null, null, true, obj.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in obj)
                {
                    EmitString(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(null, null, true, array.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in array)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value:
                EmitValue(emitter, value);
                break;
        }
    }

    private static void EmitValue(IEmitter emitter, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                EmitString(emitter, value.GetValue<string>());
                break;
            case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number:
                emitter.Emit(new Scalar(null, null, value.ToJsonString(), ScalarStyle.Plain, true, false));
                break;
            default:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void EmitString(IEmitter emitter, string text)
    {
        var style = YamlScalarResolver.NeedsQuotes(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, text, style, true, true));
    }
}
