using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Karmada.Orleans.Members.Configuration;

/// <summary>Reads kubeconfig files (YAML or JSON), as kubectl does.</summary>
public static class KubeConfigLoader
{
    /// <summary>Loads one kubeconfig file; relative paths inside it resolve against the file's directory.</summary>
    public static KubeConfig LoadFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        string content;
        try
        {
            content = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KubeConfigException($"kubeconfig \"{fullPath}\": cannot read the file: {e.Message}", e);
        }

        return LoadString(content, Path.GetDirectoryName(fullPath), fullPath);
    }

    /// <summary>Parses kubeconfig text. <paramref name="baseDirectory"/> resolves relative file paths (default: the current directory).</summary>
    public static KubeConfig LoadString(string content, string? baseDirectory = null, string source = "<string>")
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            throw new KubeConfigException($"kubeconfig \"{source}\": not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }

        var config = new KubeConfig { Source = source, BaseDirectory = baseDirectory };
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return config;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new KubeConfigException($"kubeconfig \"{source}\": expected a mapping at the top level (apiVersion, kind: Config, clusters, users, contexts)");
        }

        var reader = new NodeReader(source);
        return config with
        {
            CurrentContext = NullIfEmpty(reader.Scalar(root, "current-context", "")),
            Clusters = reader.Entries(root, "clusters", "cluster", (name, node, path) => new KubeConfigCluster
            {
                Name = name,
                Server = reader.Scalar(node, "server", path),
                CertificateAuthority = reader.Scalar(node, "certificate-authority", path),
                CertificateAuthorityData = reader.Scalar(node, "certificate-authority-data", path),
                InsecureSkipTlsVerify = reader.Boolean(node, "insecure-skip-tls-verify", path),
                TlsServerName = reader.Scalar(node, "tls-server-name", path),
                ProxyUrl = reader.Scalar(node, "proxy-url", path),
            }),
            Users = reader.Entries(root, "users", "user", (name, node, path) => new KubeConfigUser
            {
                Name = name,
                Token = reader.Scalar(node, "token", path),
                TokenFile = reader.Scalar(node, "tokenFile", path),
                ClientCertificate = reader.Scalar(node, "client-certificate", path),
                ClientCertificateData = reader.Scalar(node, "client-certificate-data", path),
                ClientKey = reader.Scalar(node, "client-key", path),
                ClientKeyData = reader.Scalar(node, "client-key-data", path),
                Username = reader.Scalar(node, "username", path),
                Password = reader.Scalar(node, "password", path),
                HasExec = node?.Children.ContainsKey(new YamlScalarNode("exec")) == true,
                HasAuthProvider = node?.Children.ContainsKey(new YamlScalarNode("auth-provider")) == true,
            }),
            Contexts = reader.Entries(root, "contexts", "context", (name, node, path) => new KubeConfigContext
            {
                Name = name,
                Cluster = reader.Scalar(node, "cluster", path),
                User = reader.Scalar(node, "user", path),
                Namespace = reader.Scalar(node, "namespace", path),
            }),
        };
    }

    /// <summary>
    /// kubectl's default: the files listed in <c>KUBECONFIG</c> (merged, first wins), else <c>~/.kube/config</c>.
    /// </summary>
    public static KubeConfig LoadDefault()
    {
        var variable = Environment.GetEnvironmentVariable("KUBECONFIG");
        if (!string.IsNullOrWhiteSpace(variable))
        {
            var files = variable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(File.Exists)
                .Select(LoadFile)
                .ToList();
            if (files.Count == 0)
            {
                throw new KubeConfigException($"KUBECONFIG=\"{variable}\": none of the listed files exists");
            }

            return Merge(files);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return LoadFile(Path.Combine(home, ".kube", "config"));
    }

    /// <summary>Merges kubeconfigs as kubectl merges KUBECONFIG: the first file to define a name or current-context wins.</summary>
    public static KubeConfig Merge(IReadOnlyList<KubeConfig> configs)
    {
        if (configs.Count == 1)
        {
            return configs[0];
        }

        return new KubeConfig
        {
            Source = string.Join(Path.PathSeparator, configs.Select(c => c.Source)),
            BaseDirectory = configs.FirstOrDefault()?.BaseDirectory,
            CurrentContext = configs.Select(c => c.CurrentContext).FirstOrDefault(c => c is not null),
            Clusters = FirstByName(configs.SelectMany(c => c.Clusters.Select(x => x with
            {
                CertificateAuthority = Rooted(x.CertificateAuthority, c.BaseDirectory),
            })), x => x.Name),
            Users = FirstByName(configs.SelectMany(c => c.Users.Select(x => x with
            {
                ClientCertificate = Rooted(x.ClientCertificate, c.BaseDirectory),
                ClientKey = Rooted(x.ClientKey, c.BaseDirectory),
                TokenFile = Rooted(x.TokenFile, c.BaseDirectory),
            })), x => x.Name),
            Contexts = FirstByName(configs.SelectMany(c => c.Contexts), x => x.Name),
        };
    }

    private static List<T> FirstByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return items.Where(i => seen.Add(name(i))).ToList();
    }

    private static string? Rooted(string? path, string? baseDirectory) =>
        path is null || baseDirectory is null || Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed class NodeReader(string source)
    {
        public List<T> Entries<T>(YamlMappingNode root, string listKey, string itemKey, Func<string, YamlMappingNode?, string, T> create)
        {
            var result = new List<T>();
            if (!root.Children.TryGetValue(new YamlScalarNode(listKey), out var node) || node is YamlScalarNode { Value: null or "" or "null" })
            {
                return result;
            }

            if (node is not YamlSequenceNode sequence)
            {
                throw Error($"{listKey}: expected a list");
            }

            var index = 0;
            foreach (var item in sequence.Children)
            {
                var path = $"{listKey}[{index++}]";
                if (item is not YamlMappingNode entry)
                {
                    throw Error($"{path}: expected a mapping with name and {itemKey}");
                }

                var name = Scalar(entry, "name", path);
                if (string.IsNullOrEmpty(name))
                {
                    throw Error($"{path}: name is missing");
                }

                YamlMappingNode? body = null;
                if (entry.Children.TryGetValue(new YamlScalarNode(itemKey), out var inner) && inner is not YamlScalarNode { Value: null or "" or "null" })
                {
                    body = inner as YamlMappingNode ?? throw Error($"{path} ({name}): {itemKey} must be a mapping");
                }

                result.Add(create(name, body, $"{path} ({name}).{itemKey}"));
            }

            return result;
        }

        public string? Scalar(YamlMappingNode? node, string key, string path)
        {
            if (node is null || !node.Children.TryGetValue(new YamlScalarNode(key), out var value))
            {
                return null;
            }

            return value switch
            {
                YamlScalarNode scalar => scalar.Style == ScalarStyle.Plain && scalar.Value is "null" or "~" ? null : scalar.Value,
                _ => throw Error($"{Join(path, key)}: expected a string"),
            };
        }

        public bool Boolean(YamlMappingNode? node, string key, string path)
        {
            var value = Scalar(node, key, path);
            return value switch
            {
                null or "" => false,
                _ when bool.TryParse(value, out var parsed) => parsed,
                _ => throw Error($"{Join(path, key)}: expected true or false, got \"{value}\""),
            };
        }

        private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

        private KubeConfigException Error(string message) => new($"kubeconfig \"{source}\": {message}");
    }
}
