using System.Diagnostics;

namespace Karmada.Orleans.TestSupport;

/// <summary>The project's member-sim command (fault injection, listing), run as its own process.</summary>
public static class MemberSimCommand
{
    public static string ExecutablePath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
            return RepositoryPaths.Path("src", "Karmada.Orleans.MemberSim", "bin", configuration, "net10.0", "member-sim.dll");
        }
    }

    public static async Task<Kubectl.Result> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { ExecutablePath }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return new Kubectl.Result(process.ExitCode, await output, await error);
    }
}
