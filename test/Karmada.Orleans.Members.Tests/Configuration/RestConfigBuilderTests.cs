using System.Text;
using Karmada.Orleans.Members.Configuration;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.Configuration;

public sealed class RestConfigBuilderTests : IDisposable
{
    private static readonly TestPki Pki = TestPki.Create();
    private readonly string _directory = Directory.CreateTempSubdirectory("members-kubeconfig-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Current_context_selects_cluster_user_and_namespace()
    {
        var rest = Load(Config(user: "    token: secret-token", ns: "karmada-system")).ToRestConfig();

        Assert.Equal(new Uri("https://127.0.0.1:6443"), rest.Server);
        Assert.Equal("ctx", rest.ClusterName);
        Assert.Equal("karmada-system", rest.Namespace);
        Assert.Equal("secret-token", rest.BearerToken);
        Assert.Equal(Pki.Ca.Thumbprint, Assert.Single(rest.CertificateAuthorities!).Thumbprint);
        Assert.Equal(40, rest.Qps);
        Assert.Equal(60, rest.Burst);
    }

    [Fact]
    public void Context_override_wins_over_current_context()
    {
        var text = Config(user: "    token: t") + """
            - name: other
              context: {cluster: c, user: u, namespace: elsewhere}
            """;

        Assert.Equal("elsewhere", Load(text).ToRestConfig("other").Namespace);
        Assert.Equal("default", Load(text).ToRestConfig().Namespace);
    }

    [Theory]
    [InlineData(ClientKeyFormat.RsaPkcs1)]
    [InlineData(ClientKeyFormat.RsaPkcs8)]
    [InlineData(ClientKeyFormat.EcSec1)]
    [InlineData(ClientKeyFormat.EcPkcs8)]
    public void Client_certificate_data_with_each_key_format(ClientKeyFormat format)
    {
        var (cert, key) = Pki.IssueClient("admin", format);

        var rest = Load(Config(user: $"    client-certificate-data: {B64(cert)}\n    client-key-data: {B64(key)}")).ToRestConfig();

        Assert.NotNull(rest.ClientCertificate);
        Assert.True(rest.ClientCertificate.HasPrivateKey);
        Assert.Equal("CN=admin, O=system:masters", rest.ClientCertificate.Subject);
    }

    [Fact]
    public void Files_resolve_relative_to_the_kubeconfig()
    {
        var (cert, key) = Pki.IssueClient("filer", ClientKeyFormat.EcSec1);
        File.WriteAllText(Path.Combine(_directory, "ca.crt"), Pki.CaPem);
        File.WriteAllText(Path.Combine(_directory, "client.crt"), cert);
        File.WriteAllText(Path.Combine(_directory, "client.key"), key);
        File.WriteAllText(Path.Combine(_directory, "token"), "file-token\n");
        var path = Path.Combine(_directory, "config");
        File.WriteAllText(path, Config(ca: "    certificate-authority: ca.crt", user: "    client-certificate: client.crt\n    client-key: client.key\n    tokenFile: token"));

        var rest = KubeConfigLoader.LoadFile(path).ToRestConfig();

        Assert.Equal(Pki.Ca.Thumbprint, rest.CertificateAuthorities![0].Thumbprint);
        Assert.Equal("CN=filer, O=system:masters", rest.ClientCertificate!.Subject);
        Assert.Equal(Path.Combine(_directory, "token"), rest.BearerTokenFile);
        Assert.Null(rest.BearerToken);
    }

    [Fact]
    public void Insecure_tls_server_name_and_proxy_are_carried()
    {
        var rest = Load(Config(ca: "    insecure-skip-tls-verify: true\n    tls-server-name: api.internal\n    proxy-url: http://proxy:3128", server: "https://10.1.2.3:443/k8s/clusters/c-abc")).ToRestConfig();

        Assert.True(rest.InsecureSkipTlsVerify);
        Assert.Null(rest.CertificateAuthorities);
        Assert.Equal("api.internal", rest.TlsServerName);
        Assert.Equal(new Uri("http://proxy:3128"), rest.ProxyUrl);
        Assert.Equal("/k8s/clusters/c-abc", rest.Server.AbsolutePath);
    }

    [Fact]
    public void Anonymous_context_has_no_credentials()
    {
        var rest = Load(Config(user: null)).ToRestConfig();

        Assert.Null(rest.BearerToken);
        Assert.Null(rest.ClientCertificate);
    }

    public static TheoryData<string, string?, string> Errors() => new()
    {
        { Config(user: "    token: t").Replace("current-context: ctx", "", StringComparison.Ordinal), null, "current-context is not set and no context was given; available contexts: ctx" },
        { Config(user: "    token: t"), "nope", "context \"nope\" not found; available contexts: ctx" },
        { Config(user: "    token: t").Replace("cluster: c,", "cluster: gone,", StringComparison.Ordinal), null, "context \"ctx\" refers to cluster \"gone\", which is not defined; defined clusters: c" },
        { Config(user: "    token: t").Replace("user: u,", "user: ghost,", StringComparison.Ordinal), null, "context \"ctx\" refers to user \"ghost\", which is not defined; defined users: u" },
        { Config(user: "    token: t", server: ""), null, "cluster \"c\": server is missing" },
        { Config(user: "    token: t", server: "ftp://x"), null, "server \"ftp://x\" is not an http(s) URL" },
        { Config(user: "    token: t", server: "https://x?y=1"), null, "must not carry a query" },
        { Config(ca: "    certificate-authority-data: '%%%'"), null, "cluster \"c\": certificate-authority-data: not valid base64" },
        { Config(ca: $"    certificate-authority-data: {B64("hello")}"), null, "certificate-authority: no PEM certificate found" },
        { Config(ca: "    certificate-authority: /does/not/exist.crt"), null, "certificate-authority: cannot read \"/does/not/exist.crt\"" },
        { Config(ca: $"    certificate-authority-data: {B64(Pki.CaPem)}\n    insecure-skip-tls-verify: true"), null, "insecure-skip-tls-verify cannot be combined with certificate-authority" },
        { Config(ca: "    proxy-url: ftp://p"), null, "proxy-url \"ftp://p\" must be an http, https or socks5 URL" },
        { Config(user: $"    client-certificate-data: {B64(Pki.IssueClient("a").CertificatePem)}"), null, "user \"u\": client-certificate is set but client-key(-data) is missing" },
        { Config(user: $"    client-key-data: {B64(Pki.IssueClient("a").KeyPem)}"), null, "user \"u\": client-key is set but client-certificate(-data) is missing" },
        { Config(user: $"    client-certificate-data: {B64(Pki.IssueClient("a").CertificatePem)}\n    client-key-data: {B64("garbage")}"), null, "user \"u\" client key: no PEM private key found" },
        { Config(user: $"    client-certificate-data: {B64(Pki.IssueClient("a").CertificatePem)}\n    client-key-data: {B64(Pki.IssueClient("b").KeyPem)}"), null, "user \"u\" client key: unreadable private key (RSA PRIVATE KEY) or it does not match the client certificate" },
        { Config(user: $"    client-certificate-data: {B64(Pki.IssueClient("a").CertificatePem)}\n    client-key-data: {B64(Pki.IssueClient("b", ClientKeyFormat.EcSec1).KeyPem)}"), null, "unreadable private key (EC PRIVATE KEY)" },
        { Config(user: $"    client-certificate-data: {B64(Pki.IssueClient("a").CertificatePem)}\n    client-key-data: {B64("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n")}"), null, "encrypted private keys are not supported" },
        { Config(user: "    tokenFile: /does/not/exist"), null, "user \"u\": tokenFile: cannot read \"/does/not/exist\"" },
        { Config(user: "    exec: {command: kubelogin}"), null, "user \"u\": uses an exec credential plugin, which this client does not run" },
        { Config(user: "    auth-provider: {name: gcp}"), null, "uses an auth-provider, which this client does not run" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_name_what_is_wrong(string kubeconfig, string? context, string expected)
    {
        var error = Assert.Throws<KubeConfigException>(() => KubeConfigLoader.LoadString(kubeconfig, "/base", "/home/me/.kube/config").ToRestConfig(context));

        Assert.StartsWith("kubeconfig \"/home/me/.kube/config\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static KubeConfig Load(string text) => KubeConfigLoader.LoadString(text, "/base");

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Config(string? ca = null, string? user = "    token: t", string server = "https://127.0.0.1:6443", string? ns = null) =>
        $"""
        apiVersion: v1
        kind: Config
        current-context: ctx
        clusters:
        - name: c
          cluster:
            server: '{server}'
        {ca ?? $"    certificate-authority-data: {B64(Pki.CaPem)}"}
        users:
        - name: u
          user:
        {user ?? "    {}"}
        contexts:
        - name: ctx
          context: {"{"}cluster: c, user: u, namespace: {ns ?? "''"}{"}"}

        """;
}
