namespace Karmada.Orleans;

/// <summary>
/// The stable name of a grain class. It keys persisted state and reminders, so renaming the class
/// must not change it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
