namespace Karmada.Orleans.Streams;

/// <summary>The position of an event in its stream; increases by one per event.</summary>
public sealed record StreamSequenceToken(long SequenceNumber);
