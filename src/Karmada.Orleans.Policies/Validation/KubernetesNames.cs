using System.Text.RegularExpressions;

namespace Karmada.Orleans.Policies;

/// <summary>Kubernetes' rules for label keys and values and annotation keys (apimachinery validation).</summary>
internal static partial class KubernetesNames
{
    private const int QualifiedNameMaxLength = 63;
    private const int LabelValueMaxLength = 63;
    private const int DnsSubdomainMaxLength = 253;

    /// <summary>Annotations of one object may total at most 256 KiB.</summary>
    public const int TotalAnnotationSizeLimit = 256 * 1024;

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedNamePart();

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValue();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsSubdomain();

    /// <summary>Why <paramref name="value"/> is not a qualified name (<c>[prefix/]name</c>); empty when it is.</summary>
    public static IEnumerable<string> QualifiedNameErrors(string value)
    {
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                var prefix = parts[0];
                name = parts[1];
                if (prefix.Length == 0)
                {
                    yield return "prefix part must be non-empty";
                }
                else if (prefix.Length > DnsSubdomainMaxLength || !DnsSubdomain().IsMatch(prefix))
                {
                    yield return $"prefix part must be a lowercase DNS subdomain of at most {DnsSubdomainMaxLength} characters";
                }

                break;
            default:
                yield return "a qualified name must be a name with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
                yield break;
        }

        if (name.Length == 0)
        {
            yield return "name part must be non-empty";
        }
        else if (name.Length > QualifiedNameMaxLength)
        {
            yield return $"name part must be no more than {QualifiedNameMaxLength} characters";
        }
        else if (!QualifiedNamePart().IsMatch(name))
        {
            yield return "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
        }
    }

    /// <summary>Why <paramref name="value"/> is not a label value; empty when it is.</summary>
    public static IEnumerable<string> LabelValueErrors(string value)
    {
        if (value.Length > LabelValueMaxLength)
        {
            yield return $"must be no more than {LabelValueMaxLength} characters";
        }

        if (!LabelValue().IsMatch(value))
        {
            yield return "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
        }
    }
}
