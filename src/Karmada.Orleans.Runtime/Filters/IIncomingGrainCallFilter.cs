namespace Karmada.Orleans;

/// <summary>
/// Wraps every incoming grain call (metrics, logging, authorization). Call
/// <see cref="IIncomingGrainCallContext.Invoke"/> to continue; a grain class may implement it too.
/// </summary>
public interface IIncomingGrainCallFilter
{
    Task Invoke(IIncomingGrainCallContext context);
}
