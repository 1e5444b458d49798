using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer;

/// <summary>
/// The Kubernetes version the API reports. kubectl on this machine picks its own minor version to
/// match it, and features such as aggregated discovery v2 are keyed on it.
/// </summary>
public static class ServerVersion
{
    public const string Major = "1";
    public const string Minor = "31";
    public const string GitVersion = "v1.31.0";

    public static JsonObject ToJson() => new()
    {
        ["major"] = Major,
        ["minor"] = Minor,
        ["gitVersion"] = GitVersion,
        ["gitCommit"] = "0000000000000000000000000000000000000000",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2026-11-24T00:00:00Z",
        ["goVersion"] = $"dotnet{Environment.Version}",
        ["compiler"] = "karmada-orleans",
        ["platform"] = $"{(OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : "windows")}/{System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant().Replace("x64", "amd64", StringComparison.Ordinal)}",
    };
}
