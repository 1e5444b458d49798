namespace Karmada.Orleans.Scheduling;

/// <summary>A scheduler plugin, known by Karmada's plugin name.</summary>
public interface ISchedulerPlugin
{
    string Name { get; }
}
