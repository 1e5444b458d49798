namespace Karmada.Orleans.Remote;

/// <summary>A grain threw an exception whose type cannot be recreated on this side.</summary>
public sealed class RemoteGrainException(string exceptionType, string message, string? remoteStackTrace)
    : Exception($"{exceptionType}: {message}")
{
    public string ExceptionType { get; } = exceptionType;

    public string? RemoteStackTrace { get; } = remoteStackTrace;
}
