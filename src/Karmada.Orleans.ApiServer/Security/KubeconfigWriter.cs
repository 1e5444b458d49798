using System.Text;

namespace Karmada.Orleans.ApiServer.Security;

/// <summary>Writes a kubeconfig that reaches the control plane with the admin token and trusts its CA.</summary>
public static class KubeconfigWriter
{
    public static string Render(string server, string caPem, string token, string name = "karmada-orleans")
    {
        var ca = Convert.ToBase64String(Encoding.UTF8.GetBytes(caPem));
        return $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: {name}
              cluster:
                server: {server}
                certificate-authority-data: {ca}
            users:
            - name: {name}-admin
              user:
                token: {token}
            contexts:
            - name: {name}
              context:
                cluster: {name}
                user: {name}-admin
            current-context: {name}

            """;
    }

    public static void Write(string path, string server, string caPem, string token, string name = "karmada-orleans")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Render(server, caPem, token, name));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
