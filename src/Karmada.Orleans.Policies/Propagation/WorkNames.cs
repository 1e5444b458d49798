using System.Globalization;
using System.Text;

namespace Karmada.Orleans.Policies;

/// <summary>
/// Karmada's hashed names (pkg/util/names). A Work is named lower(name) + "-" + a hash of
/// lower("namespace-name-kind") (lower("name-kind") when cluster-scoped), so the same template gets
/// the same Work name in every execution namespace. The hash is FNV-1a-32 over the UTF-8 bytes of
/// that string (Karmada feeds it through a pretty-printer that leaves a top-level string as it is),
/// printed in decimal and "safe-encoded" digit by digit into an alphabet without vowels.
/// Checked against Work names seen in Karmada clusters: Deployment default/nginx → nginx-687f7fb96f.
/// </summary>
public static class WorkNames
{
    /// <summary>Kubernetes' rand.SafeEncodeString alphabet: no vowels (no words), no 0/1/3 (look like letters).</summary>
    public const string SafeEncodeAlphabet = "bcdfghjklmnpqrstvwxz2456789";

    public static string GenerateWorkName(string kind, string name, string? @namespace)
    {
        var key = string.IsNullOrEmpty(@namespace) ? $"{name}-{kind}" : $"{@namespace}-{name}-{kind}";
        return name.ToLowerInvariant() + "-" + HashKey(key.ToLowerInvariant());
    }

    /// <summary>
    /// The hash key of a binding ("namespace/name", or "name" when cluster-scoped), used in the
    /// resourcebinding.karmada.io/depended-by-&lt;key&gt; label of attached bindings.
    /// </summary>
    public static string GenerateBindingReferenceKey(string? @namespace, string name)
        => HashKey(string.IsNullOrEmpty(@namespace) ? name : $"{@namespace}/{name}");

    /// <summary>Replaces each character with the alphabet letter at (code point mod 27).</summary>
    public static string SafeEncodeString(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(SafeEncodeAlphabet[rune.Value % SafeEncodeAlphabet.Length]);
        }

        return builder.ToString();
    }

    public static uint Fnv1a32(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    private static string HashKey(string text) => SafeEncodeString(Fnv1a32(text).ToString(CultureInfo.InvariantCulture));
}
