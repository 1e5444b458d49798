namespace Karmada.Orleans.ApiServer.Admission;

/// <summary>One problem with a submitted object: kube's cause reason, the field path and the message.</summary>
public sealed record FieldError(string Reason, string Field, string Message)
{
    public static FieldError Required(string field, string? detail = null) => new("FieldValueRequired", field, detail is null ? "Required value" : $"Required value: {detail}");

    public static FieldError Invalid(string field, string value, string detail) => new("FieldValueInvalid", field, $"Invalid value: {value}: {detail}");

    public static FieldError Forbidden(string field, string detail) => new("FieldValueForbidden", field, $"Forbidden: {detail}");

    public static FieldError NotSupported(string field, string value, IEnumerable<string> supported) =>
        new("FieldValueNotSupported", field, $"Unsupported value: {value}: supported values: {string.Join(", ", supported.Select(s => $"\"{s}\""))}");
}
