using System.Diagnostics;

namespace Karmada.Orleans.TestSupport;

/// <summary>The project's karmadactl, run as its own process against a control plane kubeconfig.</summary>
public sealed class Karmadactl(string kubeconfig)
{
    public static string ExecutablePath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
            return RepositoryPaths.Path("src", "Karmada.Orleans.Cli", "bin", configuration, "net10.0", "karmadactl.dll");
        }
    }

    public async Task<Kubectl.Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { ExecutablePath, "--kubeconfig", kubeconfig }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Kubectl.Result(process.ExitCode, await output, await error);
    }
}
