using System.Security.Cryptography.X509Certificates;

namespace Karmada.Orleans.Members.Configuration;

/// <summary>Resolves a kubeconfig context into a <see cref="RestConfig"/>, reading referenced files, as clientcmd does.</summary>
public static class RestConfigBuilder
{
    public static RestConfig Build(KubeConfig config, string? contextOverride = null)
    {
        var where = $"kubeconfig \"{config.Source}\"";
        var contextName = string.IsNullOrEmpty(contextOverride) ? config.CurrentContext : contextOverride;
        if (string.IsNullOrEmpty(contextName))
        {
            throw new KubeConfigException($"{where}: current-context is not set and no context was given; available contexts: {Names(config.Contexts.Select(c => c.Name))}");
        }

        var context = config.Contexts.FirstOrDefault(c => c.Name == contextName)
            ?? throw new KubeConfigException($"{where}: context \"{contextName}\" not found; available contexts: {Names(config.Contexts.Select(c => c.Name))}");
        if (string.IsNullOrEmpty(context.Cluster))
        {
            throw new KubeConfigException($"{where}: context \"{contextName}\" names no cluster");
        }

        var cluster = config.Clusters.FirstOrDefault(c => c.Name == context.Cluster)
            ?? throw new KubeConfigException($"{where}: context \"{contextName}\" refers to cluster \"{context.Cluster}\", which is not defined; defined clusters: {Names(config.Clusters.Select(c => c.Name))}");
        KubeConfigUser? user = null;
        if (!string.IsNullOrEmpty(context.User))
        {
            user = config.Users.FirstOrDefault(u => u.Name == context.User)
                ?? throw new KubeConfigException($"{where}: context \"{contextName}\" refers to user \"{context.User}\", which is not defined; defined users: {Names(config.Users.Select(u => u.Name))}");
        }

        var clusterWhere = $"{where}, cluster \"{cluster.Name}\"";
        var server = ParseServer(cluster.Server, clusterWhere);
        var certificateAuthorities = ReadCertificateAuthorities(config, cluster, clusterWhere);
        if (cluster.InsecureSkipTlsVerify && certificateAuthorities is not null)
        {
            throw new KubeConfigException($"{clusterWhere}: insecure-skip-tls-verify cannot be combined with certificate-authority(-data); remove one of them");
        }

        var restConfig = new RestConfig
        {
            Server = server,
            ClusterName = contextName,
            Namespace = string.IsNullOrEmpty(context.Namespace) ? "default" : context.Namespace,
            CertificateAuthorities = certificateAuthorities,
            InsecureSkipTlsVerify = cluster.InsecureSkipTlsVerify,
            TlsServerName = string.IsNullOrEmpty(cluster.TlsServerName) ? null : cluster.TlsServerName,
            ProxyUrl = ParseProxy(cluster.ProxyUrl, clusterWhere),
        };
        return user is null ? restConfig : WithUser(restConfig, config, user, $"{where}, user \"{user.Name}\"");
    }

    private static RestConfig WithUser(RestConfig restConfig, KubeConfig config, KubeConfigUser user, string where)
    {
        string? tokenFile = null;
        if (string.IsNullOrEmpty(user.Token) && !string.IsNullOrEmpty(user.TokenFile))
        {
            tokenFile = Resolve(config, user.TokenFile);
            ReadFile(tokenFile, $"{where}: tokenFile");
        }

        var certificatePem = DataOrFile(config, user.ClientCertificateData, user.ClientCertificate, $"{where}: client-certificate");
        var keyPem = DataOrFile(config, user.ClientKeyData, user.ClientKey, $"{where}: client-key");
        X509Certificate2? clientCertificate = null;
        if (certificatePem is not null && keyPem is null)
        {
            throw new KubeConfigException($"{where}: client-certificate is set but client-key(-data) is missing");
        }

        if (keyPem is not null && certificatePem is null)
        {
            throw new KubeConfigException($"{where}: client-key is set but client-certificate(-data) is missing");
        }

        if (certificatePem is not null && keyPem is not null)
        {
            clientCertificate = PemCertificates.CreateClientCertificate(certificatePem, keyPem, where);
        }

        var hasCredential = !string.IsNullOrEmpty(user.Token) || tokenFile is not null || clientCertificate is not null
            || !string.IsNullOrEmpty(user.Username);
        if (!hasCredential && (user.HasExec || user.HasAuthProvider))
        {
            throw new KubeConfigException(
                $"{where}: uses an {(user.HasExec ? "exec credential plugin" : "auth-provider")}, which this client does not run; give the user a token, tokenFile or client certificate");
        }

        return restConfig with
        {
            BearerToken = string.IsNullOrEmpty(user.Token) ? null : user.Token,
            BearerTokenFile = tokenFile,
            ClientCertificate = clientCertificate,
            Username = string.IsNullOrEmpty(user.Username) ? null : user.Username,
            Password = user.Password,
        };
    }

    private static Uri ParseServer(string? server, string where)
    {
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new KubeConfigException($"{where}: server is missing");
        }

        if (!Uri.TryCreate(server.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new KubeConfigException($"{where}: server \"{server}\" is not an http(s) URL such as https://host:6443");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new KubeConfigException($"{where}: server \"{server}\" must not carry a query or fragment");
        }

        return uri;
    }

    private static Uri? ParseProxy(string? proxy, string where)
    {
        if (string.IsNullOrWhiteSpace(proxy))
        {
            return null;
        }

        if (!Uri.TryCreate(proxy.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "socks5"))
        {
            throw new KubeConfigException($"{where}: proxy-url \"{proxy}\" must be an http, https or socks5 URL");
        }

        return uri;
    }

    private static X509Certificate2Collection? ReadCertificateAuthorities(KubeConfig config, KubeConfigCluster cluster, string where)
    {
        var pem = DataOrFile(config, cluster.CertificateAuthorityData, cluster.CertificateAuthority, $"{where}: certificate-authority");
        return pem is null ? null : PemCertificates.ParseCertificates(pem, $"{where}: certificate-authority");
    }

    private static string? DataOrFile(KubeConfig config, string? data, string? file, string what)
    {
        if (!string.IsNullOrWhiteSpace(data))
        {
            return PemCertificates.DecodeData(data, $"{what}-data");
        }

        return string.IsNullOrWhiteSpace(file) ? null : ReadFile(Resolve(config, file), what);
    }

    private static string ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KubeConfigException($"{what}: cannot read \"{path}\": {e.Message}", e);
        }
    }

    private static string Resolve(KubeConfig config, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(config.BaseDirectory ?? Directory.GetCurrentDirectory(), path));

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
