using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>Names the controllers give what they create: generated suffixes and pod-template hashes.</summary>
public static class ObjectNames
{
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";

    /// <summary>kube-controller-manager's 5-character random suffix (pods of ReplicaSets, DaemonSets, Jobs).</summary>
    public static string RandomSuffix()
    {
        Span<char> chars = stackalloc char[5];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>pod-template-hash: FNV-1a-32 of the template's JSON, safe-encoded.</summary>
    public static string TemplateHash(JsonNode? template)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(template?.ToJsonString() ?? ""))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        var digits = hash.ToString(CultureInfo.InvariantCulture);
        return string.Concat(digits.Select(c => Alphabet[c % Alphabet.Length]));
    }
}
