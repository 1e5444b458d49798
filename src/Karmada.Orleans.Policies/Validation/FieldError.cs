using System.Text.Json;

namespace Karmada.Orleans.Policies;

/// <summary>
/// One admission error on one field, e.g. <c>spec.overrideRules[0].overriders.plaintext[1].path</c>,
/// rendered the way Kubernetes renders field errors. <see cref="Value"/> is the offending value as
/// JSON text (a quoted string, a number, an object), or null when none applies.
/// </summary>
public sealed record FieldError(FieldErrorType Type, string Field, string? Value, string Detail)
{
    public static FieldError Required(string field, string detail = "") => new(FieldErrorType.Required, field, null, detail);

    public static FieldError Invalid(string field, string value, string detail) => new(FieldErrorType.Invalid, field, Quote(value), detail);

    public static FieldError Invalid(string field, JsonElement? value, string detail) => new(FieldErrorType.Invalid, field, value?.GetRawText() ?? "null", detail);

    public static FieldError NotSupported(string field, string value, params string[] supported)
        => new(FieldErrorType.NotSupported, field, Quote(value), "supported values: " + string.Join(", ", supported.Select(Quote)));

    public static FieldError Forbidden(string field, string detail) => new(FieldErrorType.Forbidden, field, null, detail);

    public override string ToString() => Type switch
    {
        FieldErrorType.Required => $"{Field}: Required value" + (Detail.Length > 0 ? ": " + Detail : ""),
        FieldErrorType.Invalid => $"{Field}: Invalid value: {Value ?? "null"}: {Detail}",
        FieldErrorType.NotSupported => $"{Field}: Unsupported value: {Value}: {Detail}",
        _ => $"{Field}: Forbidden: {Detail}",
    };

    private static string Quote(string value) => JsonSerializer.Serialize(value, KarmadaJson.Options);
}
