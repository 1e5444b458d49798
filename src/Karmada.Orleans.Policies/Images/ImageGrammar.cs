using System.Text.RegularExpressions;

namespace Karmada.Orleans.Policies;

/// <summary>
/// The container image reference grammar of the OCI distribution project, which Karmada parses
/// images with: <c>[domain[:port]/]path[:tag][@digest]</c>. Path components are lowercase; the
/// domain may hold uppercase letters, an IPv6 literal and a port.
/// </summary>
internal static partial class ImageGrammar
{
    /// <summary>The longest name (domain and path) a reference may have.</summary>
    public const int NameTotalLengthMax = 255;

    private const string DomainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private const string Domain = @"(?:" + DomainComponent + @"(?:\." + DomainComponent + @")*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?";
    private const string PathComponent = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
    private const string Name = "(?:" + Domain + "/)?" + PathComponent + "(?:/" + PathComponent + ")*";
    private const string TagPattern = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    private const string DigestPattern = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    [GeneratedRegex("^(" + Name + ")(?::(" + TagPattern + "))?(?:@(" + DigestPattern + "))?$", RegexOptions.CultureInvariant)]
    public static partial Regex Reference();

    [GeneratedRegex("^" + TagPattern + "$", RegexOptions.CultureInvariant)]
    public static partial Regex Tag();

    [GeneratedRegex("^" + DigestPattern + "$", RegexOptions.CultureInvariant)]
    public static partial Regex Digest();

    [GeneratedRegex("^" + Domain + "$", RegexOptions.CultureInvariant)]
    public static partial Regex Registry();

    [GeneratedRegex("^" + PathComponent + "(?:/" + PathComponent + ")*$", RegexOptions.CultureInvariant)]
    public static partial Regex Repository();

    /// <summary>Why <paramref name="digest"/> (algorithm:hex) is not a digest of a known algorithm, or null.</summary>
    public static string? ValidateDigest(string digest)
    {
        var colon = digest.IndexOf(':', StringComparison.Ordinal);
        var algorithm = digest[..colon];
        var encoded = digest[(colon + 1)..];
        var length = algorithm switch
        {
            "sha256" => 64,
            "sha384" => 96,
            "sha512" => 128,
            _ => 0,
        };
        if (length == 0)
        {
            return $"unsupported digest algorithm \"{algorithm}\"";
        }

        if (encoded.Length != length || !encoded.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
        {
            return $"invalid {algorithm} digest: expected {length} lowercase hexadecimal characters";
        }

        return null;
    }
}
