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
        ["--port"] = "Api:Port",
        ["--gateway-port"] = "Gateway:Port",
        ["--log-format"] = "Logging:Format",
        ["--demo-members"] = "Demo:Members",
    };

    public StorageOptions Storage { get; init; } = new();

    public string BindAddress { get; init; } = "127.0.0.1";

    public int ApiPort { get; init; } = 6443;

    public int GatewayPort { get; init; } = 30000;

    public string LogFormat { get; init; } = "simple";

    public string DataDirectory => Path.GetFullPath(Storage.DataDirectory);

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
            GatewayPort = configuration.GetValue("Gateway:Port", 30000),
            LogFormat = configuration["Logging:Format"] ?? "simple",
        };
    }
}
