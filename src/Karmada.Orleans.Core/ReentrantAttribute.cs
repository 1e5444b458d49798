namespace Karmada.Orleans;

/// <summary>
/// Lets requests to a grain interleave at await points. Turns still never run in parallel:
/// one activation executes at most one piece of code at a time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute
{
}
