using System.Diagnostics;

namespace Karmada.Orleans.TestSupport;

/// <summary>
/// The project's <c>shared/tools/kube-apiserver/kube-apiserver.sh</c>: a real kube-apiserver v1.20.2 + etcd on
/// loopback. Found through KUBE_APISERVER_SH or by walking up from the test binaries to a <c>shared</c> folder.
/// Tests only ever call <c>path</c>, <c>start</c> and <c>stop</c>; building is someone else's job (CI builds first).
/// </summary>
public static class KubeApiServerScript
{
    private static readonly Lazy<(string? Script, string? SkipReason)> Probe = new(ProbeOnce);

    public static string Script => Probe.Value.Script ?? throw new InvalidOperationException(SkipReason);

    /// <summary>Null when a built kube-apiserver is available, else why the real-cluster tests are skipped.</summary>
    public static string? SkipReason => Probe.Value.SkipReason;

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(TimeSpan timeout, params string[] arguments) =>
        RunAsync(Script, timeout, arguments);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, TimeSpan timeout, string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start bash");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kube-apiserver.sh {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        return (process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    private static (string?, string?) ProbeOnce()
    {
        var script = Find();
        if (script is null)
        {
            return (null, "kube-apiserver.sh not found: set KUBE_APISERVER_SH or keep the repository next to ../shared/tools/kube-apiserver");
        }

        try
        {
            var (exit, output, _) = RunAsync(script, TimeSpan.FromSeconds(30), ["path"]).GetAwaiter().GetResult();
            return exit == 0 && output.Length > 0
                ? (script, null)
                : (script, $"kube-apiserver v1.20.2 is not built ('{script} path' exited {exit}); run '{script} build' once (about 15 minutes) to enable the real-cluster tests");
        }
        catch (Exception e)
        {
            return (script, $"cannot run '{script} path': {e.Message}");
        }
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("KUBE_APISERVER_SH");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "tools", "kube-apiserver", "kube-apiserver.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
