using Karmada.Orleans.Storage;
using Microsoft.Extensions.Configuration;

namespace Karmada.Orleans.Silo;

/// <summary>
/// The silo's settings, from (lowest to highest precedence) appsettings.json, KARMADA_* environment
/// variables (KARMADA_Storage__DataDirectory, ...) and the command line.
/// </summary>
public sealed class SiloSettings
{
    public static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--data-dir"] = "Storage:DataDirectory",
        ["--postgres"] = "Storage:PostgresConnectionString",
        ["--storage"] = "Storage:Provider",
        ["--bind"] = "Api:BindAddress",
        ["--tls-san"] = "Api:CertificateNames",
        ["--port"] = "Api:Port",
        ["--gateway-port"] = "Gateway:Port",
        ["--log-format"] = "Logging:Format",
        ["--demo-members"] = "Demo:Members",
        ["--demo-members-port"] = "Demo:Port",
        ["--policy-preemption"] = "Propagation:PolicyPreemption",
        ["--cluster-status-update-frequency"] = "Clusters:StatusUpdateFrequency",
        ["--cluster-success-threshold"] = "Clusters:SuccessThreshold",
        ["--cluster-failure-threshold"] = "Clusters:FailureThreshold",
    };

    public StorageOptions Storage { get; init; } = new();

    public string BindAddress { get; init; } = "127.0.0.1";

    public int ApiPort { get; init; } = 6443;

    /// <summary>Extra DNS names and IP addresses the serving certificate must carry (comma-separated), for clients on other hosts.</summary>
    public IReadOnlyList<string> CertificateNames { get; init; } = [];

    public int GatewayPort { get; init; } = 30000;

    public string LogFormat { get; init; } = "simple";

    /// <summary>Simulated member clusters started in this process and joined at start (0: none).</summary>
    public int DemoMembers { get; init; }

    /// <summary>Karmada's PolicyPreemption feature gate (off by default, as in Karmada).</summary>
    public bool PolicyPreemption { get; init; }

    /// <summary>Port of the simulated members' listener (0: any free port).</summary>
    public int DemoMembersPort { get; init; }

    public string DataDirectory => Path.GetFullPath(Storage.DataDirectory);

    /// <summary>Cluster controller durations, Go-style ("10s", "500ms", "1m") or TimeSpan ("00:00:10").</summary>
    public IReadOnlyDictionary<string, string> ClusterDurations { get; init; } = new Dictionary<string, string>();

    public void ConfigureClusters(Karmada.Orleans.Grains.Clusters.ClusterOptions options)
    {
        foreach (var (name, value) in ClusterDurations)
        {
            var duration = ParseDuration(value, name);
            switch (name)
            {
                case "StatusUpdateFrequency":
                    options.StatusUpdateFrequency = duration;
                    break;
                case "SuccessThreshold":
                    options.SuccessThreshold = duration;
                    break;
                case "FailureThreshold":
                    options.FailureThreshold = duration;
                    break;
            }
        }
    }

    public static TimeSpan ParseDuration(string value, string name)
    {
        var text = value.Trim();
        var units = new (string Suffix, double Seconds)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && double.TryParse(text[..^suffix.Length], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var amount))
            {
                return TimeSpan.FromSeconds(amount * seconds);
            }
        }

        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var span)
            ? span
            : throw new FormatException($"{name}: '{value}' is not a duration (e.g. 10s, 500ms, 1m)");
    }

    public static SiloSettings From(IConfiguration configuration)
    {
        var storage = new StorageOptions
        {
            DataDirectory = configuration["Storage:DataDirectory"] ?? ".data",
            PostgresConnectionString = configuration["Storage:PostgresConnectionString"],
        };
        var provider = configuration["Storage:Provider"];
        storage.Provider = provider is not null
            ? Enum.Parse<StorageProvider>(provider, ignoreCase: true)
            : storage.PostgresConnectionString is null ? StorageProvider.Sqlite : StorageProvider.Postgres;
        return new SiloSettings
        {
            Storage = storage,
            BindAddress = configuration["Api:BindAddress"] ?? "127.0.0.1",
            ApiPort = configuration.GetValue("Api:Port", 6443),
            CertificateNames = (configuration["Api:CertificateNames"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            GatewayPort = configuration.GetValue("Gateway:Port", 30000),
            LogFormat = configuration["Logging:Format"] ?? "simple",
            DemoMembers = configuration.GetValue("Demo:Members", 0),
            DemoMembersPort = configuration.GetValue("Demo:Port", 0),
            PolicyPreemption = configuration.GetValue("Propagation:PolicyPreemption", false),
            ClusterDurations = configuration.GetSection("Clusters").GetChildren().Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!),
        };
    }
}
