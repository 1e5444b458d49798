using System.Diagnostics;
using System.Text.Json.Nodes;
using Karmada.Orleans.TestSupport;
using Xunit.Abstractions;

namespace Karmada.Orleans.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard in the real headless Chromium: a control plane with one simulated member (a second
/// silo whose API serves nodes and pods), the token typed into the page, the grain and cluster tables
/// showing real numbers, activity generated with kubectl, the numbers changing, screenshots saved.
/// </summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "TestResults");

    [ChromiumFact]
    public async Task The_dashboard_shows_grains_and_clusters_and_follows_activity()
    {
        await using var member = await SiloProcess.StartAsync();
        var memberKubectl = new Kubectl(member.Kubeconfig);
        (await memberKubectl.RunAsync("create --validate=false -f -", MemberFixtures.Node("node-1"))).EnsureSuccess();
        (await memberKubectl.RunAsync("create --validate=false -f -", MemberFixtures.Node("node-2"))).EnsureSuccess();
        (await memberKubectl.RunAsync("create --validate=false -f -", MemberFixtures.Pod)).EnsureSuccess();

        await using var silo = await SiloProcess.StartAsync(extraArgs: ["--cluster-status-update-frequency", "1s"]);
        var kubectl = new Kubectl(silo.Kubeconfig);
        (await new Karmadactl(silo.Kubeconfig).RunAsync("join", "member1", "--cluster-kubeconfig", member.Kubeconfig)).EnsureSuccess();
        await Eventually.HoldsAsync(async () => (await kubectl.RunAsync("get cluster member1 -o jsonpath={.status.nodeSummary.readyNum}")).Output == "2", TimeSpan.FromSeconds(60), "member1 reports its two nodes");
        (await kubectl.RunAsync("create --validate=false -f -", MemberFixtures.Workloads)).EnsureSuccess();

        Directory.CreateDirectory(ScreenshotDirectory);
        using var browser = StartScript(silo);
        var ready = await ReadStepAsync(browser, "ready");
        Assert.Equal(401, ready["anonymousApi"]!.GetValue<int>());
        Assert.False(ready["anonymousHtmlMentionsMember"]!.GetValue<bool>());
        Assert.True(ready["runtime"]!["activations"]!.GetValue<double>() > 0);
        Assert.StartsWith("v", ready["cluster"]!["version"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("2.5 / 16 cores", ready["cluster"]!["cpu"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("6 GiB / 64 GiB", ready["cluster"]!["memory"]!.GetValue<string>(), StringComparison.Ordinal);

        // Activity: API requests and grain calls, a scale-out of the propagated workload, and a new node in the member.
        for (var i = 0; i < 5; i++)
        {
            (await kubectl.RunAsync($"create configmap activity-{i} --from-literal=n={i}")).EnsureSuccess();
        }

        (await kubectl.RunAsync("scale deployment web --replicas=4")).EnsureSuccess();
        (await memberKubectl.RunAsync("create --validate=false -f -", MemberFixtures.Node("node-3"))).EnsureSuccess();
        await browser.StandardInput.WriteLineAsync("go");
        await browser.StandardInput.FlushAsync();

        var done = await ReadStepAsync(browser, "done");
        Assert.True(done["runtime"]!["totalCalls"]!.GetValue<double>() > ready["runtime"]!["totalCalls"]!.GetValue<double>());
        Assert.Equal("3 / 3", done["cluster"]!["nodes"]!.GetValue<string>());
        Assert.True(done["appliedWorks"]!.GetValue<int>() >= 1);
        Assert.Empty(done["external"]!.AsArray());
        Assert.Empty(done["errors"]!.AsArray());
        foreach (var picture in new[] { "dashboard-runtime.png", "dashboard-karmada.png", "dashboard-laptop.png" })
        {
            var file = new FileInfo(Path.Combine(ScreenshotDirectory, picture));
            Assert.True(file.Exists && file.Length > 10_000, $"{file.FullName} was not saved");
            output.WriteLine($"screenshot: {file.FullName}");
        }

        await browser.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, browser.ExitCode);
    }

    private static Process StartScript(SiloProcess silo)
    {
        var start = new ProcessStartInfo(BrowserTools.Node!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Browser", "dashboard-check.cjs"));
        start.Environment["PLAYWRIGHT_CORE"] = BrowserTools.PlaywrightCore;
        start.Environment["CHROMIUM"] = BrowserTools.Chromium;
        start.Environment["DASHBOARD_URL"] = $"https://127.0.0.1:{silo.ApiPort}";
        start.Environment["DASHBOARD_TOKEN"] = silo.AdminToken;
        start.Environment["SCREENSHOT_DIR"] = ScreenshotDirectory;
        return Process.Start(start)!;
    }

    /// <summary>The script's next protocol line; its error (with stderr) if it failed instead.</summary>
    private static async Task<JsonNode> ReadStepAsync(Process browser, string step)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var line = await browser.StandardOutput.ReadLineAsync(deadline.Token);
            if (line is null)
            {
                throw new InvalidOperationException($"the browser script ended before '{step}': {await browser.StandardError.ReadToEndAsync(CancellationToken.None)}");
            }

            if (!line.StartsWith('{'))
            {
                continue;
            }

            var message = JsonNode.Parse(line)!;
            var kind = message["step"]?.GetValue<string>();
            if (kind == step)
            {
                return message;
            }

            if (kind == "error")
            {
                throw new InvalidOperationException($"the browser check failed: {message["message"]}; page errors: {message["errors"]?.ToJsonString()}");
            }
        }
    }
}
