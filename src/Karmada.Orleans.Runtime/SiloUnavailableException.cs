namespace Karmada.Orleans;

/// <summary>The silo is shutting down and does not accept new activations.</summary>
public sealed class SiloUnavailableException(string message) : Exception(message)
{
    public SiloUnavailableException()
        : this("The silo is shutting down.")
    {
    }
}
