namespace Karmada.Orleans;

/// <summary>Marker for grain interfaces. Every method returns Task, Task{T}, ValueTask or ValueTask{T}.</summary>
public interface IGrain
{
}
