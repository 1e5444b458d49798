namespace Karmada.Orleans;

/// <summary>A grain interface method that may interleave with any other request, even on a non-reentrant grain.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AlwaysInterleaveAttribute : Attribute
{
}
