using System.Text;

namespace Karmada.Orleans.Scheduling;

/// <summary>
/// How Karmada breaks a Webster tie: fewer seats first, then names ascending — or descending when
/// the FNV-1a-32 hash of the resource UID is odd, so equal-weight bindings do not all favour the same
/// cluster. An empty UID sorts ascending.
/// </summary>
public static class WebsterTieBreak
{
    public static bool NamesDescending(string? resourceUid)
        => !string.IsNullOrEmpty(resourceUid) && (Fnv1a32(resourceUid) & 1) == 1;

    public static uint Fnv1a32(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }
}
