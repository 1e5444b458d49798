using System.Diagnostics;
using System.Text;

namespace Karmada.Orleans.TestSupport;

/// <summary>
/// The real silo executable started as a separate process on a fresh data directory and free ports,
/// the way a user starts it; stopped with SIGTERM (graceful shutdown) when disposed.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, string dataDirectory, int apiPort, int gatewayPort)
    {
        _process = process;
        DataDirectory = dataDirectory;
        ApiPort = apiPort;
        GatewayPort = gatewayPort;
    }

    public string DataDirectory { get; }

    public int ApiPort { get; }

    public int GatewayPort { get; }

    public int ProcessId => _process.Id;

    public string Kubeconfig => Path.Combine(DataDirectory, "kubeconfig");

    public Uri Gateway => new($"http://127.0.0.1:{GatewayPort}");

    public string AdminToken => File.ReadAllLines(Path.Combine(DataDirectory, "pki", "tokens.csv"))[0].Split(',')[0];

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string ExecutablePath
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
            return RepositoryPaths.Path("silo", "Karmada.Orleans.Silo", "bin", configuration, "net10.0", "karmada-silo.dll");
        }
    }

    /// <summary>
    /// Starts a silo on free ports; if another process takes a port between choosing and binding it, tries again on new ones.
    /// <paramref name="executable"/> is the silo's dll (default: this build's, <see cref="ExecutablePath"/>; e.g. a published one);
    /// <paramref name="environment"/> is added to the process's environment (e.g. KARMADA_* settings).
    /// </summary>
    public static async Task<SiloProcess> StartAsync(string? dataDirectory = null, IEnumerable<string>? extraArgs = null, TimeSpan? timeout = null, string? executable = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var args = extraArgs?.ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(dataDirectory, args, timeout, executable ?? ExecutablePath, environment);
            }
            catch (InvalidOperationException error) when (attempt < 3 && error.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    private static async Task<SiloProcess> StartOnceAsync(string? dataDirectory, IEnumerable<string>? extraArgs, TimeSpan? timeout, string executable, IReadOnlyDictionary<string, string>? environment)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("karmada-silo-").FullName;
        var apiPort = FreePort.Next();
        var gatewayPort = FreePort.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { executable, "--data-dir", dataDirectory, "--port", apiPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--gateway-port", gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(extraArgs ?? []))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var silo = new SiloProcess(Process.Start(start)!, dataDirectory, apiPort, gatewayPort);
        silo._process.OutputDataReceived += (_, e) => silo.OnOutput(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.OnOutput(e.Data);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        try
        {
            await silo._started.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await silo.DisposeAsync();
            throw new TimeoutException($"The silo did not start; its output:\n{silo.Output}");
        }

        return silo;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            _started.TrySetException(new InvalidOperationException($"The silo exited; its output:\n{Output}"));
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains("control plane is running", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    /// <summary>Set when the test itself ended the process (kill or stop), so an exit on its own can be told apart.</summary>
    private bool _endedByTest;

    /// <summary>Kills the process at once, like a crash (no graceful shutdown).</summary>
    public async Task KillAsync()
    {
        _endedByTest = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Sends SIGTERM and waits for the graceful shutdown; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan? timeout = null)
    {
        _endedByTest = true;
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            try
            {
                await _process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                await KillAsync();
                throw;
            }
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_endedByTest && _process.HasExited)
        {
            // The silo stopped before the test was done with it: that is the failure to report, with what it said.
            var lines = Output.Split('\n');
            var code = _process.ExitCode;
            _process.Dispose();
            throw new InvalidOperationException($"The silo exited on its own (code {code}) while the test used it; its last output:\n{string.Join('\n', lines.TakeLast(40))}");
        }

        try
        {
            await StopAsync();
        }
        catch (TimeoutException)
        {
        }

        _process.Dispose();
    }
}
