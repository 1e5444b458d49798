using System.Text.RegularExpressions;

namespace Karmada.Orleans.Policies;

/// <summary>
/// Admission checks of one imageOverrider: component, operator, predicate path, and a value that
/// yields a valid image. Replace values must be a whole component; add values are appended to the
/// current component, so only their characters can be checked.
/// </summary>
internal static partial class ImageOverriderValidator
{
    private static readonly string[] Components = [ImageComponent.Registry, ImageComponent.Repository, ImageComponent.Tag];
    private static readonly string[] Operators = [OverriderOperator.Add, OverriderOperator.Remove, OverriderOperator.Replace];

    [GeneratedRegex("^[A-Za-z0-9.:-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegistryCharacters();

    [GeneratedRegex("^[a-z0-9._/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryCharacters();

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex TagCharacters();

    public static void Validate(ImageOverrider overrider, string path, List<FieldError> errors)
    {
        if (overrider.Predicate is { } predicate)
        {
            OverridersValidator.Pointer(predicate.Path, $"{path}.predicate.path", errors, allowRoot: false);
        }

        var componentKnown = OverridersValidator.Enum(overrider.Component, $"{path}.component", Components, errors);
        var operatorKnown = OverridersValidator.Enum(overrider.Operator, $"{path}.operator", Operators, errors);
        if (!operatorKnown || overrider.Operator == OverriderOperator.Remove)
        {
            // Remove ignores the value.
            return;
        }

        var value = overrider.Value ?? "";
        if (value.Length == 0)
        {
            errors.Add(FieldError.Required($"{path}.value", "value is required for add or replace operation"));
            return;
        }

        if (componentKnown && ValueError(overrider.Component, overrider.Operator, value) is { } error)
        {
            errors.Add(FieldError.Invalid($"{path}.value", value, error));
        }
    }

    private static string? ValueError(string component, string op, string value) => (component, op) switch
    {
        (ImageComponent.Registry, _) when value.Contains('/', StringComparison.Ordinal)
            => "a registry must not contain a path ('/'); override the Repository for that",
        (ImageComponent.Registry, OverriderOperator.Replace) when !ImageGrammar.Registry().IsMatch(value)
            => "must be a registry host name with an optional port, e.g. registry.k8s.io or fictional.registry.example:10443",
        (ImageComponent.Registry, OverriderOperator.Add) when !RegistryCharacters().IsMatch(value)
            => "may only contain letters, digits, '.', '-' and ':' (it is appended to the registry)",
        (ImageComponent.Repository, OverriderOperator.Replace) when !ImageGrammar.Repository().IsMatch(value)
            => "must be lowercase path components of letters and digits separated by '.', '_', '__', '-' and '/', e.g. fictional/nginx",
        (ImageComponent.Repository, OverriderOperator.Add) when !RepositoryCharacters().IsMatch(value)
            => "may only contain lowercase letters, digits, '.', '_', '-' and '/' (it is appended to the repository)",
        (ImageComponent.Tag, OverriderOperator.Replace) => TagOrDigestError(value),
        (ImageComponent.Tag, OverriderOperator.Add) when !TagCharacters().IsMatch(value)
            => "may only contain letters, digits, '_', '.' and '-', at most 127 characters (it is appended to the tag)",
        _ => null,
    };

    private static string? TagOrDigestError(string value)
    {
        if (ImageGrammar.Tag().IsMatch(value))
        {
            return null;
        }

        var digest = value.StartsWith('@') ? value[1..] : value;
        if (ImageGrammar.Digest().IsMatch(digest))
        {
            return ImageGrammar.ValidateDigest(digest);
        }

        return "must be a tag (letters, digits, '_', '.' and '-', not starting with '.' or '-', at most 128 characters) or a digest such as sha256:<64 hex digits>";
    }
}
