using System.Text.Json;

namespace Karmada.Orleans.Policies;

/// <summary>Admission checks of one Overriders block, every error collected.</summary>
internal static class OverridersValidator
{
    private static readonly string[] PatchOperators = [OverriderOperator.Add, OverriderOperator.Remove, OverriderOperator.Replace];
    private static readonly string[] CommandArgsOperators = [OverriderOperator.Add, OverriderOperator.Remove];

    public static void Validate(Overriders overriders, string path, List<FieldError> errors)
    {
        Each(overriders.Plaintext, $"{path}.plaintext", errors, Plaintext);
        Each(overriders.ImageOverrider, $"{path}.imageOverrider", errors, ImageOverriderValidator.Validate);
        Each(overriders.CommandOverrider, $"{path}.commandOverrider", errors, CommandArgs);
        Each(overriders.ArgsOverrider, $"{path}.argsOverrider", errors, CommandArgs);
        Each(overriders.LabelsOverrider, $"{path}.labelsOverrider", errors, Labels);
        Each(overriders.AnnotationsOverrider, $"{path}.annotationsOverrider", errors, Annotations);
        Each(overriders.FieldOverrider, $"{path}.fieldOverrider", errors, Field);
    }

    public static bool IsEmpty(Overriders? overriders)
        => overriders is null
            || ((overriders.Plaintext?.Count ?? 0) == 0
                && (overriders.ImageOverrider?.Count ?? 0) == 0
                && (overriders.CommandOverrider?.Count ?? 0) == 0
                && (overriders.ArgsOverrider?.Count ?? 0) == 0
                && (overriders.LabelsOverrider?.Count ?? 0) == 0
                && (overriders.AnnotationsOverrider?.Count ?? 0) == 0
                && (overriders.FieldOverrider?.Count ?? 0) == 0);

    /// <summary>Checks a required JSON pointer field; the root ("") is only allowed where it means the whole document.</summary>
    public static void Pointer(string? pointer, string path, List<FieldError> errors, bool allowRoot)
    {
        pointer ??= "";
        if (pointer.Length == 0 && !allowRoot)
        {
            errors.Add(FieldError.Required(path));
        }
        else if (JsonPointer.TryParse(pointer, out var error) is null)
        {
            errors.Add(FieldError.Invalid(path, pointer, error!));
        }
    }

    /// <summary>Checks a required field against its enum; true when the value is one of them.</summary>
    public static bool Enum(string? value, string path, string[] allowed, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(FieldError.Required(path));
            return false;
        }

        if (!allowed.Contains(value))
        {
            errors.Add(FieldError.NotSupported(path, value, allowed));
            return false;
        }

        return true;
    }

    private static void Plaintext(PlaintextOverrider overrider, string path, List<FieldError> errors)
    {
        Pointer(overrider.Path, $"{path}.path", errors, allowRoot: false);
        PatchOperator(overrider.Operator, overrider.Value, path, errors, removeTakesValue: true);
    }

    private static void CommandArgs(CommandArgsOverrider overrider, string path, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(overrider.ContainerName))
        {
            errors.Add(FieldError.Required($"{path}.containerName"));
        }

        Enum(overrider.Operator, $"{path}.operator", CommandArgsOperators, errors);
    }

    private static void Labels(LabelAnnotationOverrider overrider, string path, List<FieldError> errors)
    {
        Enum(overrider.Operator, $"{path}.operator", PatchOperators, errors);
        foreach (var (key, value) in overrider.Value ?? new Dictionary<string, string>())
        {
            errors.AddRange(KubernetesNames.QualifiedNameErrors(key).Select(e => FieldError.Invalid($"{path}.value", key, e)));
            errors.AddRange(KubernetesNames.LabelValueErrors(value ?? "").Select(e => FieldError.Invalid($"{path}.value", value ?? "", e)));
        }
    }

    private static void Annotations(LabelAnnotationOverrider overrider, string path, List<FieldError> errors)
    {
        Enum(overrider.Operator, $"{path}.operator", PatchOperators, errors);
        var size = 0L;
        foreach (var (key, value) in overrider.Value ?? new Dictionary<string, string>())
        {
            // Annotation keys are checked case-insensitively, as Kubernetes does.
            errors.AddRange(KubernetesNames.QualifiedNameErrors(key.ToLowerInvariant()).Select(e => FieldError.Invalid($"{path}.value", key, e)));
            size += key.Length + (value?.Length ?? 0);
        }

        if (size > KubernetesNames.TotalAnnotationSizeLimit)
        {
            errors.Add(FieldError.Forbidden($"{path}.value", $"may not have more than {KubernetesNames.TotalAnnotationSizeLimit} bytes"));
        }
    }

    private static void Field(FieldOverrider overrider, string path, List<FieldError> errors)
    {
        Pointer(overrider.FieldPath, $"{path}.fieldPath", errors, allowRoot: false);
        var json = overrider.Json ?? [];
        var yaml = overrider.Yaml ?? [];
        if (json.Count > 0 && yaml.Count > 0)
        {
            errors.Add(FieldError.Forbidden(path, "FieldOverrider has both YAML and JSON set. Only one is allowed"));
        }
        else if (json.Count == 0 && yaml.Count == 0)
        {
            errors.Add(FieldError.Required(path, "one of json or yaml must list operations"));
        }

        for (var i = 0; i < json.Count; i++)
        {
            SubPathOperation(json[i].SubPath, json[i].Operator, json[i].Value, $"{path}.json[{i}]", errors);
        }

        for (var i = 0; i < yaml.Count; i++)
        {
            SubPathOperation(yaml[i].SubPath, yaml[i].Operator, yaml[i].Value, $"{path}.yaml[{i}]", errors);
        }
    }

    // subPath "" is the whole embedded document: it may be replaced, not removed.
    private static void SubPathOperation(string? subPath, string? op, JsonElement? value, string path, List<FieldError> errors)
    {
        Pointer(subPath, $"{path}.subPath", errors, allowRoot: true);
        if (string.IsNullOrEmpty(subPath) && op == OverriderOperator.Remove)
        {
            errors.Add(FieldError.Invalid($"{path}.subPath", "", "the whole document cannot be removed"));
        }

        PatchOperator(op, value, path, errors, removeTakesValue: false);
    }

    private static void PatchOperator(string? op, JsonElement? value, string path, List<FieldError> errors, bool removeTakesValue)
    {
        if (!Enum(op, $"{path}.operator", PatchOperators, errors))
        {
            return;
        }

        var hasValue = value is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null };
        if (op is OverriderOperator.Add or OverriderOperator.Replace && !hasValue)
        {
            errors.Add(FieldError.Required($"{path}.value", "value is required for add or replace operation"));
        }
        else if (op == OverriderOperator.Remove && hasValue && !removeTakesValue)
        {
            errors.Add(FieldError.Invalid($"{path}.value", value, "value is not allowed for remove operation"));
        }
    }

    private static void Each<T>(IReadOnlyList<T>? items, string path, List<FieldError> errors, Action<T, string, List<FieldError>> validate)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            validate(items![i], $"{path}[{i}]", errors);
        }
    }
}
