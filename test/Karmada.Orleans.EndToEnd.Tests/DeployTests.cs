using System.Diagnostics;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>
/// What deploy/ ships: publish.sh builds the silo, which runs with the settings of
/// karmada-silo.env (as the systemd unit passes them) on PostgreSQL, and kubectl reaches it over a
/// name the env file added to the serving certificate.
/// </summary>
public sealed class DeployTests : IAsyncLifetime
{
    private readonly string _output = Directory.CreateTempSubdirectory("karmada-publish-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_output, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The KEY=VALUE lines of an EnvironmentFile (comments and blank lines skipped), as systemd reads them.</summary>
    private static Dictionary<string, string> ReadEnvironmentFile(string path) =>
        File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    private static async Task PublishAsync(string output)
    {
        var start = new ProcessStartInfo("bash", [RepositoryPaths.Path("deploy", "publish.sh"), output]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"publish.sh failed ({process.ExitCode}): {await stderr}{await stdout}");
    }

    [Fact]
    public async Task The_published_silo_runs_with_the_unit_settings_on_PostgreSQL()
    {
        await PublishAsync(_output);
        var dll = Path.Combine(_output, "karmada-silo.dll");
        Assert.True(File.Exists(Path.Combine(_output, "karmada-silo.service")));

        var environment = ReadEnvironmentFile(Path.Combine(_output, "karmada-silo.env"));
        Assert.Equal("0.0.0.0", environment["KARMADA_Api__BindAddress"]);
        environment["KARMADA_Api__CertificateNames"] = "karmada.test";
        environment["KARMADA_Storage__PostgresConnectionString"] = await PostgresServer.CreateDatabaseAsync();

        // The unit passes only --data-dir; the harness adds free ports, which win over the file's.
        await using var silo = await SiloProcess.StartAsync(executable: dll, environment: environment, timeout: TimeSpan.FromSeconds(120));
        Assert.Contains("storage:    Postgres", silo.Output, StringComparison.Ordinal);

        // The env file asks for JSON logs: one object per line, as journald and log shippers take them.
        await Eventually.HoldsAsync(() => silo.Output.Contains("Control plane is running", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the silo logs that it is running");
        var running = silo.Output.Split('\n').Single(line => line.Contains("Control plane is running", StringComparison.Ordinal));
        using (var entry = System.Text.Json.JsonDocument.Parse(running))
        {
            Assert.Equal("Information", entry.RootElement.GetProperty("LogLevel").GetString());
            Assert.Equal("Postgres", entry.RootElement.GetProperty("State").GetProperty("Storage").GetString());
        }

        var kubectl = new Kubectl(silo.Kubeconfig);
        (await kubectl.RunAsync("config set-cluster karmada-orleans --tls-server-name karmada.test")).EnsureSuccess();
        Assert.Equal("ok", (await kubectl.RunAsync("get --raw /readyz")).EnsureSuccess().Output.Trim());
        (await kubectl.RunAsync("create namespace deployed")).EnsureSuccess();
        Assert.Contains("deployed", (await kubectl.RunAsync("get namespaces -o name")).EnsureSuccess().Output, StringComparison.Ordinal);

        // A name the certificate does not carry is refused by kubectl's verification.
        (await kubectl.RunAsync("config set-cluster karmada-orleans --tls-server-name other.test")).EnsureSuccess();
        var refused = await kubectl.RunAsync("get --raw /readyz");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("certificate", refused.Error, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(0, await silo.StopAsync());
    }

    /// <summary>systemd's own check of the unit: directives, the ExecStart command, the install section.</summary>
    [SystemdAnalyzeFact]
    public async Task The_systemd_unit_passes_systemd_analyze_verify()
    {
        var unit = Path.Combine(_output, "karmada-silo.service");
        File.Copy(RepositoryPaths.Path("deploy", "karmada-silo.service"), unit);
        var start = new ProcessStartInfo(SystemdAnalyzeFactAttribute.Tool, ["verify", unit]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0 && output.Trim().Length == 0, $"systemd-analyze verify ({process.ExitCode}): {output}");
    }
}
