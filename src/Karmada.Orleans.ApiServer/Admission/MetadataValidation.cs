using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Karmada.Orleans.ApiServer.Admission;

/// <summary>Object metadata rules every kind shares: names, labels and annotations.</summary>
public sealed partial class MetadataValidation : IAdmissionPlugin
{
    private const string Rfc1123Subdomain = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private const string Rfc1123Label = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    public void Validate(AdmissionRequest request, List<FieldError> errors)
    {
        if (request.Subresource is not null)
        {
            return;
        }

        var metadata = request.Object["metadata"] as JsonObject ?? [];
        var name = metadata["name"]?.GetValueKind() == JsonValueKind.String ? metadata["name"]!.GetValue<string>() : "";
        var isNamespace = request.Definition.Group.Length == 0 && request.Definition.Plural == "namespaces";
        if (name.Length > 0 && request.Operation == AdmissionOperation.Create)
        {
            if (isNamespace ? !LabelPattern().IsMatch(name) || name.Length > 63 : !SubdomainPattern().IsMatch(name) || name.Length > 253)
            {
                errors.Add(FieldError.Invalid("metadata.name", $"\"{name}\"", isNamespace ? Rfc1123Label : Rfc1123Subdomain));
            }
        }

        if (metadata["labels"] is JsonObject labels)
        {
            foreach (var (key, value) in labels)
            {
                ValidateQualifiedName(key, "metadata.labels", errors);
                var text = value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
                if (text is null)
                {
                    errors.Add(FieldError.Invalid($"metadata.labels", $"\"{value?.ToJsonString()}\"", "label values must be strings"));
                }
                else if (text.Length > 63 || (text.Length > 0 && !LabelValuePattern().IsMatch(text)))
                {
                    errors.Add(FieldError.Invalid("metadata.labels", $"\"{text}\"", "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"));
                }
            }
        }

        if (metadata["annotations"] is JsonObject annotations)
        {
            foreach (var (key, value) in annotations)
            {
                ValidateQualifiedName(key, "metadata.annotations", errors);
                if (value?.GetValueKind() != JsonValueKind.String)
                {
                    errors.Add(FieldError.Invalid("metadata.annotations", $"\"{value?.ToJsonString()}\"", "annotation values must be strings"));
                }
            }
        }
    }

    private static void ValidateQualifiedName(string key, string field, List<FieldError> errors)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var prefix = slash >= 0 ? key[..slash] : null;
        var name = slash >= 0 ? key[(slash + 1)..] : key;
        if ((prefix is not null && (!SubdomainPattern().IsMatch(prefix) || prefix.Length > 253)) || name.Length == 0 || name.Length > 63 || !QualifiedNamePattern().IsMatch(name))
        {
            errors.Add(FieldError.Invalid(field, $"\"{key}\"", "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"));
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex SubdomainPattern();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex QualifiedNamePattern();

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
    private static partial Regex LabelValuePattern();
}
