namespace Karmada.Orleans.Client;

public sealed class GrainClientOptions
{
    /// <summary>The silo gateway, e.g. http://127.0.0.1:30000.</summary>
    public required Uri Gateway { get; init; }

    /// <summary>Bearer token sent with every call, when the silo requires one.</summary>
    public string? Token { get; init; }

    /// <summary>How long one call may take before it fails with a TimeoutException.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
