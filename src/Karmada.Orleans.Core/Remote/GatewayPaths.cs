namespace Karmada.Orleans.Remote;

/// <summary>HTTP paths of the silo gateway.</summary>
public static class GatewayPaths
{
    public const string Call = "/grain-gateway/v1/call";
    public const string Ping = "/grain-gateway/v1/ping";
}
