using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Admission;
using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.OpenApi;

/// <summary>What a schema walk found: fields the schema does not know, and invalid values.</summary>
public sealed record SchemaFindings(IReadOnlyList<string> UnknownFields, IReadOnlyList<FieldError> Errors);

/// <summary>
/// Checks an object against its kind's schema, as kube-apiserver's decoding and CRD validation do:
/// unknown fields (reported for fieldValidation Strict/Warn and pruned), and for custom resources
/// types, required fields and enums (every error collected). Built-in kinds are typed by the
/// Kubernetes OpenAPI definitions, custom resources by their CRD's openAPIV3Schema.
/// </summary>
public static class SchemaValidator
{
    public static SchemaFindings Check(ResourceDefinition definition, JsonObject obj, bool prune)
    {
        var unknown = new List<string>();
        var errors = new List<FieldError>();
        JsonObject? root = definition.Schema ?? (BuiltinDefinitions.NameOf(definition.Group, definition.Version, definition.Kind) is { } name
            ? BuiltinDefinitions.Definitions[name] as JsonObject
            : null);
        if (root is null)
        {
            return new SchemaFindings(unknown, errors);
        }

        var strictTypes = definition.Schema is not null;
        Walk(obj, root, "", unknown, errors, strictTypes, prune, isRoot: true);
        return new SchemaFindings(unknown, errors);
    }

    private static JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var text))
        {
            schema = BuiltinDefinitions.Definitions[text[(text.LastIndexOf('/') + 1)..]] as JsonObject ?? [];
        }

        if (schema["allOf"] is JsonArray { Count: 1 } allOf && allOf[0] is JsonObject only)
        {
            return Resolve(only);
        }

        return schema;
    }

    private static void Walk(JsonNode? value, JsonObject rawSchema, string path, List<string> unknown, List<FieldError> errors, bool strictTypes, bool prune, bool isRoot = false)
    {
        var schema = Resolve(rawSchema);
        if (value is null)
        {
            if (strictTypes && schema["nullable"]?.GetValue<bool>() != true && schema["type"] is not null && path.Length > 0)
            {
                errors.Add(new FieldError("FieldValueTypeInvalid", path, $"Invalid value: \"null\": {path} in body must be of type {schema["type"]}: \"null\""));
            }

            return;
        }

        if (schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true)
        {
            if (strictTypes && value.GetValueKind() is not (JsonValueKind.Number or JsonValueKind.String))
            {
                errors.Add(new FieldError("FieldValueTypeInvalid", path, $"Invalid value: \"{Kind(value)}\": {path} in body must be of type integer or string: \"{Kind(value)}\""));
            }

            return;
        }

        var type = schema["type"]?.GetValue<string>();
        if (strictTypes && type is not null && !TypeMatches(type, value))
        {
            errors.Add(new FieldError("FieldValueTypeInvalid", path, $"Invalid value: \"{Kind(value)}\": {path} in body must be of type {type}: \"{Kind(value)}\""));
            return;
        }

        if (strictTypes && schema["enum"] is JsonArray allowed && value is JsonValue && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add(new FieldError("FieldValueNotSupported", path, $"Unsupported value: {value.ToJsonString()}: supported values: {string.Join(", ", allowed.Select(a => a!.ToJsonString()))}"));
        }

        switch (value)
        {
            case JsonObject obj:
                WalkObject(obj, schema, path, unknown, errors, strictTypes, prune, isRoot);
                break;
            case JsonArray array when schema["items"] is JsonObject items:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], items, $"{path}[{i}]", unknown, errors, strictTypes, prune);
                }

                break;
        }
    }

    private static void WalkObject(JsonObject obj, JsonObject schema, string path, List<string> unknown, List<FieldError> errors, bool strictTypes, bool prune, bool isRoot)
    {
        if (schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true && schema["properties"] is null)
        {
            return;
        }

        var properties = schema["properties"] as JsonObject;
        if (strictTypes && schema["required"] is JsonArray required)
        {
            foreach (var field in required.Select(r => r?.GetValue<string>()).OfType<string>())
            {
                if (!obj.ContainsKey(field))
                {
                    errors.Add(FieldError.Required(Join(path, field)));
                }
            }
        }

        foreach (var key in obj.Select(kv => kv.Key).ToList())
        {
            var fieldPath = Join(path, key);
            if (isRoot && key is "apiVersion" or "kind")
            {
                continue;
            }

            if (isRoot && key == "metadata")
            {
                Walk(obj[key], new JsonObject { ["$ref"] = $"#/definitions/{BuiltinDefinitions.ObjectMeta}" }, fieldPath, unknown, errors, strictTypes: false, prune);
                continue;
            }

            if (properties?[key] is JsonObject property)
            {
                Walk(obj[key], property, fieldPath, unknown, errors, strictTypes, prune);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Walk(obj[key], additional, fieldPath, unknown, errors, strictTypes, prune);
            }
            else if (properties is not null && schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() != true && schema["additionalProperties"]?.GetValueKind() != JsonValueKind.True)
            {
                unknown.Add(fieldPath);
                if (prune)
                {
                    obj.Remove(key);
                }
            }
        }
    }

    private static bool TypeMatches(string type, JsonNode value) => (type, value.GetValueKind()) switch
    {
        ("object", JsonValueKind.Object) => true,
        ("array", JsonValueKind.Array) => true,
        ("string", JsonValueKind.String) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value is JsonValue v && v.TryGetValue<long>(out _),
        _ => false,
    };

    private static string Kind(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
