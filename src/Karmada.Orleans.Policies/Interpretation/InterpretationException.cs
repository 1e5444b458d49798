namespace Karmada.Orleans.Policies;

/// <summary>
/// An object the built-in interpreter cannot read (a field of the wrong JSON type), as Karmada's
/// typed conversion fails: health then becomes Unknown and aggregation reports the error.
/// </summary>
public sealed class InterpretationException(string message) : Exception(message);
