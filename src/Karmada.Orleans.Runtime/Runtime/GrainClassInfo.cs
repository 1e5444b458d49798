using System.Reflection;

namespace Karmada.Orleans.Runtime;

/// <summary>What the runtime knows about one grain class.</summary>
public sealed class GrainClassInfo
{
    internal GrainClassInfo(Type classType)
    {
        ClassType = classType;
        TypeName = GetTypeName(classType);
        IsReentrant = classType.GetCustomAttribute<ReentrantAttribute>() is not null;
        ImplicitStreamNamespaces = classType.GetCustomAttributes<Streams.ImplicitStreamSubscriptionAttribute>()
            .Select(a => a.Namespace).ToArray();
        Interfaces = classType.GetInterfaces().Where(GrainInterfaceMethods.IsGrainInterface).ToArray();
    }

    public Type ClassType { get; }

    /// <summary>The stable name that keys state and reminders: [GrainType] or the class name without "Grain", lower case.</summary>
    public string TypeName { get; }

    public bool IsReentrant { get; }

    public IReadOnlyList<string> ImplicitStreamNamespaces { get; }

    public IReadOnlyList<Type> Interfaces { get; }

    internal static string GetTypeName(Type classType)
    {
        if (classType.GetCustomAttribute<GrainTypeAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = classType.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }
}
