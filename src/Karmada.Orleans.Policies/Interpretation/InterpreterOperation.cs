namespace Karmada.Orleans.Policies;

/// <summary>The resource interpreter operations (config.karmada.io InterpreterOperation).</summary>
public enum InterpreterOperation
{
    InterpretReplica,
    ReviseReplica,
    Retain,
    AggregateStatus,
    InterpretStatus,
    InterpretHealth,
    InterpretDependency,
}
