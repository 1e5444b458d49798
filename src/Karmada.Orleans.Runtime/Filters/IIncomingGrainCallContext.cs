using System.Reflection;

namespace Karmada.Orleans;

/// <summary>One incoming grain call as filters see it.</summary>
public interface IIncomingGrainCallContext
{
    GrainId TargetId { get; }

    object Grain { get; }

    MethodInfo InterfaceMethod { get; }

    IReadOnlyList<object?> Arguments { get; }

    object? Result { get; set; }

    /// <summary>Runs the next filter, or the grain method itself.</summary>
    Task Invoke();
}
