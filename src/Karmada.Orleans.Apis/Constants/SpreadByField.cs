namespace Karmada.Orleans.Apis;

/// <summary>spreadConstraints[].spreadByField values.</summary>
public static class SpreadByField
{
    public const string Cluster = "cluster";
    public const string Region = "region";
    public const string Zone = "zone";
    public const string Provider = "provider";
}
