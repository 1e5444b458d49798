using System.Text.Json.Serialization;

namespace Karmada.Orleans.MemberSim.Faults;

[JsonConverter(typeof(JsonStringEnumConverter<FaultMode>))]
public enum FaultMode
{
    /// <summary>Healthy: requests are served.</summary>
    None,

    /// <summary>Connections are dropped without an answer, open watches included: the cluster looks down.</summary>
    Unreachable,

    /// <summary>Every request waits <see cref="ClusterFault.Delay"/> before it is served.</summary>
    Slow,

    /// <summary>Every request is answered with <see cref="ClusterFault.StatusCode"/> (a Kubernetes Status).</summary>
    Error,
}

/// <summary>A fault injected into one simulated cluster's API at run time.</summary>
public sealed record ClusterFault
{
    public static readonly ClusterFault None = new();

    public FaultMode Mode { get; init; } = FaultMode.None;

    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    public int StatusCode { get; init; } = 503;

    /// <summary>Parses the command-line form: none | unreachable | slow[=DURATION] | error[=CODE].</summary>
    public static ClusterFault Parse(string text)
    {
        var (mode, argument) = text.IndexOf('=', StringComparison.Ordinal) is var i and >= 0 ? (text[..i], text[(i + 1)..]) : (text, null);
        return mode.ToLowerInvariant() switch
        {
            "none" or "healthy" => None,
            "unreachable" or "down" => new ClusterFault { Mode = FaultMode.Unreachable },
            "slow" => new ClusterFault { Mode = FaultMode.Slow, Delay = argument is null ? TimeSpan.FromSeconds(5) : Durations.Parse(argument) },
            "error" => new ClusterFault { Mode = FaultMode.Error, StatusCode = argument is null ? 503 : ParseCode(argument) },
            _ => throw new FormatException($"unknown fault \"{text}\": use none, unreachable, slow[=DURATION] or error[=CODE]"),
        };
    }

    private static int ParseCode(string text) =>
        int.TryParse(text, out var code) && code is >= 400 and <= 599 ? code : throw new FormatException($"error code must be 400-599, got \"{text}\"");
}
