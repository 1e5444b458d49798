namespace Karmada.Orleans;

/// <summary>A timer owned by one activation; its callbacks run as turns of that activation.</summary>
public interface IGrainTimer : IDisposable
{
    void Change(TimeSpan dueTime, TimeSpan period);
}
