using System.Security.Cryptography;

namespace Karmada.Orleans.ApiServer.Security;

/// <summary>A user a bearer token authenticates as.</summary>
public sealed record TokenUser(string Name, string Uid, IReadOnlyList<string> Groups);

/// <summary>
/// Static bearer tokens in kube-apiserver's --token-auth-file format: <c>token,user,uid,"group1,group2"</c>.
/// The first start writes one admin token.
/// </summary>
public sealed class TokenFile
{
    private readonly Dictionary<string, TokenUser> _users;

    private TokenFile(Dictionary<string, TokenUser> users, string adminToken)
    {
        _users = users;
        AdminToken = adminToken;
    }

    /// <summary>The first token in the file, written into the admin kubeconfig.</summary>
    public string AdminToken { get; }

    public static TokenFile LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
            File.WriteAllText(path, $"{token},admin,admin,\"system:masters\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return Parse(File.ReadAllLines(path), path);
    }

    public static TokenFile Parse(IEnumerable<string> lines, string source = "tokens")
    {
        var users = new Dictionary<string, TokenUser>(StringComparer.Ordinal);
        string? first = null;
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = SplitCsv(line);
            if (fields.Count < 3 || fields[0].Length == 0)
            {
                throw new FormatException($"{source}:{number}: expected token,user,uid[,\"groups\"]");
            }

            var groups = fields.Count > 3 ? fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            users[fields[0]] = new TokenUser(fields[1], fields[2], groups);
            first ??= fields[0];
        }

        return new TokenFile(users, first ?? throw new FormatException($"{source}: no tokens"));
    }

    public TokenUser? Authenticate(string token) => _users.GetValueOrDefault(token);

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
