using System.Globalization;
using System.Text;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>The <c>?fieldManager=</c> rules of kube: a name is required for apply, at most 128 bytes of printable
/// characters; other writes without one are attributed to the User-Agent's product ("kubectl/v1.32 …" → "kubectl").</summary>
public static class FieldManagerName
{
    public const int MaxLength = 128;

    /// <summary>kube's 422 detail when <c>force</c> is given to a patch that is not an apply.</summary>
    public const string ForceForbiddenDetail = "force: Forbidden: may not be specified for non-apply patch";

    /// <summary>The manager to record for a non-apply write.</summary>
    public static string Resolve(string? fieldManager, string? userAgent)
    {
        if (!string.IsNullOrEmpty(fieldManager))
        {
            return fieldManager;
        }

        var product = (userAgent ?? "").Split('/')[0];
        var builder = new StringBuilder();
        foreach (var rune in product.EnumerateRunes())
        {
            if (!IsPrintable(rune))
            {
                continue;
            }

            if (Encoding.UTF8.GetByteCount(builder.ToString()) + rune.Utf8SequenceLength > MaxLength)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Why <paramref name="fieldManager"/> is not acceptable, or null. kube answers 422 Invalid with the message
    /// <c>PatchOptions.meta.k8s.io "" is invalid: &lt;detail&gt;</c> (CreateOptions / UpdateOptions for other verbs).
    /// </summary>
    public static string? Validate(string? fieldManager, bool isApply)
    {
        if (string.IsNullOrEmpty(fieldManager))
        {
            return isApply ? "fieldManager: Required value: is required for apply patch" : null;
        }

        if (Encoding.UTF8.GetByteCount(fieldManager) > MaxLength)
        {
            return $"fieldManager: Too long: must have at most {MaxLength} bytes";
        }

        var position = 0;
        foreach (var rune in fieldManager.EnumerateRunes())
        {
            if (!IsPrintable(rune))
            {
                return $"fieldManager: Invalid value: {Json.JsonText.Quote(fieldManager)}: invalid character U+{rune.Value:X4} (at position {position})";
            }

            position += rune.Utf8SequenceLength;
        }

        return null;
    }

    private static bool IsPrintable(Rune rune)
        => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);
}
