using System.Diagnostics;

namespace Karmada.Orleans.TestSupport;

/// <summary>The real kubectl on the machine, pointed at a kubeconfig, with a fresh discovery cache.</summary>
public sealed class Kubectl(string kubeconfig)
{
    private readonly string _cacheDir = Directory.CreateTempSubdirectory("kubectl-cache-").FullName;

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public Result EnsureSuccess() => ExitCode == 0 ? this : throw new InvalidOperationException($"kubectl failed ({ExitCode}): {Error}{Output}");
    }

    public async Task<Result> RunAsync(string arguments, string? input = null, TimeSpan? timeout = null) =>
        await RunAsync(Split(arguments), input, timeout);

    public async Task<Result> RunAsync(IReadOnlyList<string> arguments, string? input = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--kubeconfig");
        start.ArgumentList.Add(kubeconfig);
        start.ArgumentList.Add("--cache-dir");
        start.ArgumentList.Add(_cacheDir);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', arguments)} did not finish; output so far: {await output}{await error}");
        }

        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-running kubectl (e.g. get -w); the caller reads its output and kills it.</summary>
    public Process Start(string arguments)
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--kubeconfig", kubeconfig, "--cache-dir", _cacheDir }.Concat(Split(arguments)))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Splits on spaces, keeping 'single-quoted' parts together.</summary>
    public static IReadOnlyList<string> Split(string arguments)
    {
        var result = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in arguments)
        {
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    result.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            result.Add(current.ToString());
        }

        return result;
    }
}
