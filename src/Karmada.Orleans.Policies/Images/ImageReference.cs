namespace Karmada.Orleans.Policies;

/// <summary>
/// A container image split as Karmada's imageOverrider sees it: <see cref="Hostname"/> (the
/// registry, with its port), <see cref="Repository"/> (the path after the registry), and a tag
/// and/or a digest. The first path component is the registry only when it contains '.' or ':' or
/// is "localhost" ("library/nginx" has no registry).
/// </summary>
public sealed record ImageReference(string Hostname, string Repository, string Tag = "", string Digest = "")
{
    /// <summary>The tag when there is one, otherwise the digest (the "Tag" component).</summary>
    public string TagOrDigest => Tag.Length > 0 ? Tag : Digest;

    /// <summary>Parses <paramref name="image"/>, or returns null with the reason it is not an image reference.</summary>
    public static ImageReference? TryParse(string image, out string? error)
    {
        error = null;
        var match = ImageGrammar.Reference().Match(image);
        if (!match.Success)
        {
            error = image.Length == 0 ? "repository name must have at least one component"
                : ImageGrammar.Reference().IsMatch(image.ToLowerInvariant()) ? "repository name must be lowercase"
                : "invalid reference format";
            return null;
        }

        var name = match.Groups[1].Value;
        if (name.Length > ImageGrammar.NameTotalLengthMax)
        {
            error = $"repository name must not be more than {ImageGrammar.NameTotalLengthMax} characters";
            return null;
        }

        var digest = match.Groups[3].Value;
        if (digest.Length > 0 && ImageGrammar.ValidateDigest(digest) is { } digestError)
        {
            error = digestError;
            return null;
        }

        var (hostname, repository) = SplitHostname(name);
        return new ImageReference(hostname, repository, match.Groups[2].Value, digest);
    }

    /// <summary>Parses <paramref name="image"/>; throws <see cref="FormatException"/> when it is not an image reference.</summary>
    public static ImageReference Parse(string image)
        => TryParse(image, out var error) ?? throw new FormatException($"failed to parse image \"{image}\": {error}");

    /// <summary>Splits a name into registry and repository: the registry is a first component with '.' or ':', or "localhost".</summary>
    public static (string Hostname, string Repository) SplitHostname(string name)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ("", name);
        }

        var first = name[..slash];
        return first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost"
            ? (first, name[(slash + 1)..])
            : ("", name);
    }

    /// <summary>
    /// Sets the tag or the digest, whichever <paramref name="input"/> is (a leading '@' marks a digest
    /// too); the other is dropped. Input that is neither leaves the image unchanged, as in Karmada.
    /// </summary>
    public ImageReference WithTagOrDigest(string input)
    {
        if (ImageGrammar.Tag().IsMatch(input))
        {
            return this with { Tag = input, Digest = "" };
        }

        var digest = input.StartsWith('@') ? input[1..] : input;
        return ImageGrammar.Digest().IsMatch(digest) ? this with { Tag = "", Digest = digest } : this;
    }

    /// <summary>Removes the tag, or the digest when there is no tag.</summary>
    public ImageReference WithoutTagOrDigest() => Tag.Length > 0 ? this with { Tag = "" } : this with { Digest = "" };

    /// <summary><c>[registry/]repository[:tag][@digest]</c>.</summary>
    public override string ToString()
    {
        var full = Hostname.Length == 0 ? Repository : Hostname + "/" + Repository;
        if (Tag.Length > 0)
        {
            full += ":" + Tag;
        }

        if (Digest.Length > 0)
        {
            full += "@" + Digest;
        }

        return full;
    }
}
