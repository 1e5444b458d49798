using System.Reflection;

namespace Karmada.Orleans.Runtime;

/// <summary>The grain classes of a silo, by interface and by stable type name.</summary>
public sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainClassInfo> _byInterface = [];
    private readonly Dictionary<string, GrainClassInfo> _byTypeName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _interfacesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GrainClassInfo>> _implicitSubscribers = new(StringComparer.Ordinal);

    public IEnumerable<GrainClassInfo> Classes => _byTypeName.Values;

    public void Add(Type grainClass)
    {
        if (!typeof(Grain).IsAssignableFrom(grainClass) || grainClass.IsAbstract)
        {
            throw new ArgumentException($"{grainClass.FullName} is not a concrete Grain.", nameof(grainClass));
        }

        var info = new GrainClassInfo(grainClass);
        if (_byTypeName.TryGetValue(info.TypeName, out var existing))
        {
            if (existing.ClassType == grainClass)
            {
                return;
            }

            throw new InvalidOperationException($"Grain classes {existing.ClassType.FullName} and {grainClass.FullName} share the type name '{info.TypeName}'; give one a [GrainType].");
        }

        foreach (var iface in info.Interfaces)
        {
            _ = GrainInterfaceMethods.GetMethods(iface);
            if (iface == typeof(IRemindable) || iface == typeof(Streams.IStreamSubscriptionObserver))
            {
                continue;
            }

            if (_byInterface.TryGetValue(iface, out var other))
            {
                throw new InvalidOperationException($"Grain interface {iface.FullName} is implemented by both {other.ClassType.FullName} and {grainClass.FullName}.");
            }

            _byInterface[iface] = info;
            _interfacesById[GrainInterfaceMethods.GetInterfaceId(iface)] = iface;
        }

        _byTypeName[info.TypeName] = info;
        foreach (var ns in info.ImplicitStreamNamespaces)
        {
            if (!_implicitSubscribers.TryGetValue(ns, out var list))
            {
                _implicitSubscribers[ns] = list = [];
            }

            list.Add(info);
        }
    }

    public void AddAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsClass && !type.IsAbstract && typeof(Grain).IsAssignableFrom(type))
            {
                Add(type);
            }
        }
    }

    public GrainClassInfo GetByInterface(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var info)
            ? info
            : throw new InvalidOperationException($"No grain class implements {grainInterface.FullName}; register its assembly with the silo.");

    public GrainClassInfo GetByTypeName(string typeName) =>
        _byTypeName.TryGetValue(typeName, out var info)
            ? info
            : throw new InvalidOperationException($"Unknown grain type '{typeName}'.");

    public bool TryGetInterface(string interfaceId, out Type grainInterface) => _interfacesById.TryGetValue(interfaceId, out grainInterface!);

    public IReadOnlyList<GrainClassInfo> GetImplicitSubscribers(string streamNamespace) =>
        _implicitSubscribers.TryGetValue(streamNamespace, out var list) ? list : [];
}
