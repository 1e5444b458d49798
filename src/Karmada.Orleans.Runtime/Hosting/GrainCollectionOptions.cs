namespace Karmada.Orleans.Hosting;

/// <summary>Idle activation collection, as in Orleans' GrainCollectionOptions.</summary>
public sealed class GrainCollectionOptions
{
    /// <summary>An activation idle for this long is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the collector looks for idle activations.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long shutdown waits for activations to deactivate.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
