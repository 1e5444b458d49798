using System.Collections.Concurrent;
using System.Reflection;

namespace Karmada.Orleans;

/// <summary>Reflection facts about grain interfaces shared by the silo and remote clients.</summary>
public static class GrainInterfaceMethods
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, MethodInfo>> ByInterface = new();

    /// <summary>The wire identity of a method: its name and arity (overloads of equal arity are rejected).</summary>
    public static string GetMethodId(MethodInfo method) => $"{method.Name}/{method.GetParameters().Length}";

    /// <summary>The wire identity of a grain interface.</summary>
    public static string GetInterfaceId(Type grainInterface) =>
        grainInterface.FullName ?? throw new ArgumentException("Grain interfaces must have a full name.", nameof(grainInterface));

    public static bool IsGrainInterface(Type type) =>
        type.IsInterface && typeof(IGrain).IsAssignableFrom(type) && type != typeof(IGrain) && type != typeof(IGrainWithStringKey);

    /// <summary>All methods callable through the interface, including inherited grain interfaces, by wire identity.</summary>
    public static IReadOnlyDictionary<string, MethodInfo> GetMethods(Type grainInterface) =>
        ByInterface.GetOrAdd(grainInterface, static type =>
        {
            var methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
            foreach (var iface in new[] { type }.Concat(type.GetInterfaces()).Where(IsGrainInterface))
            {
                foreach (var method in iface.GetMethods())
                {
                    ValidateReturnType(method);
                    var id = GetMethodId(method);
                    if (methods.TryGetValue(id, out var existing) && existing != method)
                    {
                        throw new InvalidOperationException(
                            $"Grain interface {type.FullName} has two methods with the identity '{id}'; overloads must differ in arity.");
                    }

                    methods[id] = method;
                }
            }

            return methods;
        });

    private static void ValidateReturnType(MethodInfo method)
    {
        var t = method.ReturnType;
        var ok = t == typeof(Task) || t == typeof(ValueTask)
            || (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(Task<>) || t.GetGenericTypeDefinition() == typeof(ValueTask<>)));
        if (!ok)
        {
            throw new InvalidOperationException(
                $"Grain method {method.DeclaringType?.FullName}.{method.Name} must return Task, Task<T>, ValueTask or ValueTask<T>.");
        }
    }

    /// <summary>The T of Task{T}/ValueTask{T}, or null for Task/ValueTask.</summary>
    public static Type? GetResultType(MethodInfo method)
    {
        var t = method.ReturnType;
        return t.IsGenericType ? t.GetGenericArguments()[0] : null;
    }
}
