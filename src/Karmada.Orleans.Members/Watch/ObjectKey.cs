using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;

namespace Karmada.Orleans.Members.Watch;

/// <summary>An object's identity in a cache: namespace (empty for cluster scope) and name.</summary>
public sealed record ObjectKey(string Namespace, string Name)
{
    public static ObjectKey From(JsonObject obj) => new(obj.GetNamespace() ?? "", obj.GetName() ?? "");

    public override string ToString() => Namespace.Length == 0 ? Name : $"{Namespace}/{Name}";
}
