namespace Karmada.Orleans.Dashboard.Tests.Browser;

/// <summary>
/// Debian's chromium and npm's playwright-core (installed by .ci/run into a cached tools directory:
/// $KARMADA_BROWSER_TOOLS, default ~/.cache/karmada-orleans/browser-tools).
/// </summary>
public static class BrowserTools
{
    public static string ToolsDirectory { get; } = Environment.GetEnvironmentVariable("KARMADA_BROWSER_TOOLS") is { Length: > 0 } dir
        ? dir
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "karmada-orleans", "browser-tools");

    public static string PlaywrightCore => Path.Combine(ToolsDirectory, "node_modules", "playwright-core");

    public static string? Chromium => Find("chromium") ?? Find("chromium-browser");

    public static string? Node => Find("node");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        Chromium is null ? "chromium is not installed (apt-get install -y chromium; .ci/run does this)"
        : Node is null ? "node is not installed (apt-get install -y nodejs)"
        : !File.Exists(Path.Combine(PlaywrightCore, "package.json")) ? $"playwright-core is not installed in {ToolsDirectory} (npm install --prefix {ToolsDirectory} playwright-core; .ci/run does this)"
        : null;

    private static string? Find(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
}
