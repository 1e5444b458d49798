namespace Karmada.Orleans.Runtime;

/// <summary>The result type of grain methods returning Task or ValueTask.</summary>
internal readonly struct VoidResult
{
}
