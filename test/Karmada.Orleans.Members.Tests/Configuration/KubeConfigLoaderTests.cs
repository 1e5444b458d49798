using Karmada.Orleans.Members.Configuration;

namespace Karmada.Orleans.Members.Tests.Configuration;

public sealed class KubeConfigLoaderTests
{
    private const string Full = """
        apiVersion: v1
        kind: Config
        preferences: {}
        current-context: admin@member1
        clusters:
        - name: member1
          cluster:
            server: https://10.0.0.1:6443/some/prefix
            certificate-authority-data: Y2E=
            tls-server-name: kubernetes.default
            proxy-url: socks5://proxy:1080
        - name: member2
          cluster:
            server: https://member2.example:443
            insecure-skip-tls-verify: true
            certificate-authority: ca.crt
        users:
        - name: admin
          user:
            token: abc
            client-certificate: admin.crt
            client-key-data: a2V5
        - name: robot
          user:
            tokenFile: /var/run/token
        - name: sso
          user:
            exec:
              apiVersion: client.authentication.k8s.io/v1
              command: kubelogin
        contexts:
        - name: admin@member1
          context:
            cluster: member1
            user: admin
            namespace: karmada-system
        - name: robot@member2
          context: {cluster: member2, user: robot}
        """;

    [Fact]
    public void Reads_every_field()
    {
        var config = KubeConfigLoader.LoadString(Full, "/base");

        Assert.Equal("admin@member1", config.CurrentContext);
        Assert.Equal("/base", config.BaseDirectory);
        Assert.Equal(
            new KubeConfigCluster { Name = "member1", Server = "https://10.0.0.1:6443/some/prefix", CertificateAuthorityData = "Y2E=", TlsServerName = "kubernetes.default", ProxyUrl = "socks5://proxy:1080" },
            config.Clusters[0]);
        Assert.Equal(
            new KubeConfigCluster { Name = "member2", Server = "https://member2.example:443", InsecureSkipTlsVerify = true, CertificateAuthority = "ca.crt" },
            config.Clusters[1]);
        Assert.Equal(new KubeConfigUser { Name = "admin", Token = "abc", ClientCertificate = "admin.crt", ClientKeyData = "a2V5" }, config.Users[0]);
        Assert.Equal("/var/run/token", config.Users[1].TokenFile);
        Assert.True(config.Users[2].HasExec);
        Assert.Equal(new KubeConfigContext { Name = "admin@member1", Cluster = "member1", User = "admin", Namespace = "karmada-system" }, config.Contexts[0]);
        Assert.Equal(new KubeConfigContext { Name = "robot@member2", Cluster = "member2", User = "robot" }, config.Contexts[1]);
    }

    [Fact]
    public void Reads_json_kubeconfigs()
    {
        var config = KubeConfigLoader.LoadString("""
            {"apiVersion":"v1","kind":"Config","current-context":"c",
             "clusters":[{"name":"k","cluster":{"server":"http://127.0.0.1:8080"}}],
             "users":[{"name":"u","user":{"token":"t"}}],
             "contexts":[{"name":"c","context":{"cluster":"k","user":"u"}}]}
            """);

        var rest = config.ToRestConfig();

        Assert.Equal(new Uri("http://127.0.0.1:8080"), rest.Server);
        Assert.Equal("t", rest.BearerToken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing")]
    [InlineData("apiVersion: v1\nkind: Config\nclusters: null\nusers: []\n")]
    public void Empty_documents_give_an_empty_config(string text)
    {
        var config = KubeConfigLoader.LoadString(text);

        Assert.Empty(config.Clusters);
        Assert.Null(config.CurrentContext);
    }

    [Theory]
    [InlineData("clusters: [a", "not valid YAML at line")]
    [InlineData("- a\n- b\n", "expected a mapping at the top level")]
    [InlineData("clusters: x\n", "clusters: expected a list")]
    [InlineData("clusters:\n- cluster: {server: x}\n", "clusters[0]: name is missing")]
    [InlineData("clusters:\n- name: a\n  cluster: [1]\n", "clusters[0] (a): cluster must be a mapping")]
    [InlineData("clusters:\n- name: a\n  cluster: {insecure-skip-tls-verify: maybe}\n", "clusters[0] (a).cluster.insecure-skip-tls-verify: expected true or false, got \"maybe\"")]
    [InlineData("users:\n- name: u\n  user: {token: [x]}\n", "users[0] (u).user.token: expected a string")]
    public void Malformed_kubeconfigs_say_where(string text, string expected)
    {
        var error = Assert.Throws<KubeConfigException>(() => KubeConfigLoader.LoadString(text, source: "/home/me/.kube/config"));

        Assert.StartsWith("kubeconfig \"/home/me/.kube/config\": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "config");

        var error = Assert.Throws<KubeConfigException>(() => KubeConfigLoader.LoadFile(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot read the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_keeps_the_first_definition_and_roots_relative_paths()
    {
        var first = KubeConfigLoader.LoadString("current-context: a\nclusters:\n- name: k\n  cluster: {server: 'https://one', certificate-authority: ca.crt}\ncontexts:\n- name: a\n  context: {cluster: k}\n", "/one", "/one/config");
        var second = KubeConfigLoader.LoadString("current-context: b\nclusters:\n- name: k\n  cluster: {server: 'https://two'}\n- name: k2\n  cluster: {server: 'https://three'}\nusers:\n- name: u\n  user: {tokenFile: tok}\n", "/two", "/two/config");

        var merged = KubeConfigLoader.Merge([first, second]);

        Assert.Equal("a", merged.CurrentContext);
        Assert.Equal(["https://one", "https://three"], merged.Clusters.Select(c => c.Server));
        Assert.Equal(Path.Combine("/one", "ca.crt"), merged.Clusters[0].CertificateAuthority);
        Assert.Equal(Path.Combine("/two", "tok"), merged.Users[0].TokenFile);
    }
}
