using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis.Tests;

/// <summary>Every field of Karmada's CRD schemas has a property with the exact wire name.</summary>
public sealed class CrdSchemaTests
{
    public static TheoryData<string, string, Type> Crds => new()
    {
        { "policy.karmada.io_propagationpolicies.yaml", "v1alpha1", typeof(PropagationPolicy) },
        { "policy.karmada.io_clusterpropagationpolicies.yaml", "v1alpha1", typeof(ClusterPropagationPolicy) },
        { "policy.karmada.io_overridepolicies.yaml", "v1alpha1", typeof(OverridePolicy) },
        { "policy.karmada.io_clusteroverridepolicies.yaml", "v1alpha1", typeof(ClusterOverridePolicy) },
        { "work.karmada.io_resourcebindings.yaml", "v1alpha2", typeof(ResourceBinding) },
        { "work.karmada.io_clusterresourcebindings.yaml", "v1alpha2", typeof(ClusterResourceBinding) },
        { "work.karmada.io_works.yaml", "v1alpha1", typeof(Work) },
    };

    [Theory]
    [MemberData(nameof(Crds))]
    public void Types_cover_every_schema_field(string file, string version, Type type)
    {
        var crd = KubeYaml.ParseSingle(File.ReadAllText(Path.Combine("TestData", "crds", file)));
        var schema = crd["spec"]!["versions"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == version)!["schema"]!["openAPIV3Schema"]!;
        var missing = new List<string>();

        Check(schema, type, "", missing);

        Assert.Empty(missing);
    }

    private static void Check(JsonNode schema, Type type, string path, List<string> missing)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(JsonElement) || type == typeof(Quantity) || type == typeof(string) || type.IsPrimitive || type == typeof(DateTimeOffset))
        {
            return;
        }

        if (schema["properties"] is JsonObject properties)
        {
            var byWireName = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
                .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name);
            foreach (var (name, sub) in properties)
            {
                if (path == "" && name == "metadata")
                {
                    continue;
                }

                if (!byWireName.TryGetValue(name, out var property))
                {
                    missing.Add($"{path}.{name} ({type.Name})");
                    continue;
                }

                Check(sub!, property.PropertyType, $"{path}.{name}", missing);
            }
        }
        else if (schema["items"] is { } items && ElementType(type, typeof(IReadOnlyList<>)) is { } element)
        {
            Check(items, element, path + "[]", missing);
        }
        else if (schema["additionalProperties"] is JsonObject values && ElementType(type, typeof(IReadOnlyDictionary<,>)) is { } valueType)
        {
            Check(values, valueType, path + "{}", missing);
        }
    }

    private static Type? ElementType(Type type, Type generic)
        => type.IsGenericType && type.GetGenericTypeDefinition() == generic ? type.GetGenericArguments()[^1] : null;
}
