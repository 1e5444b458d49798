using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// Which fields exist in the Go zero value of a built-in object. kube compares typed objects, where a non-pointer
/// struct (spec, template, strategy) and a slice without omitempty (containers) exist even when unset, so creating
/// them is not "adding" them and they get no <c>"."</c> entry; maps and optional slices (labels, volumes) do. OpenAPI
/// does not say which structs are pointers: value structs are recognised by name (…Spec, …Status and a short list).
/// </summary>
internal static class ZeroValues
{
    private static readonly HashSet<string> ValueStructs = new(StringComparer.Ordinal)
    {
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
        "io.k8s.api.apps.v1.DeploymentStrategy",
        "io.k8s.api.apps.v1.DaemonSetUpdateStrategy",
        "io.k8s.api.apps.v1.StatefulSetUpdateStrategy",
        "io.k8s.api.core.v1.ResourceRequirements",
        "io.k8s.api.core.v1.NodeDaemonEndpoints",
        "io.k8s.api.core.v1.DaemonEndpoint",
        "io.k8s.api.autoscaling.v1.CrossVersionObjectReference",
        "io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference",
    };

    /// <summary>True when field <paramref name="name"/> of struct <paramref name="parent"/> exists in its zero value.</summary>
    public static bool AlwaysPresent(SchemaNode parent, string name, SchemaNode field)
    {
        if (parent.Shape != NodeShape.Struct)
        {
            return false;
        }

        return field.Shape switch
        {
            NodeShape.Struct => field.DefinitionName is { } definition
                && (ValueStructs.Contains(definition) || definition.EndsWith("Spec", StringComparison.Ordinal) || definition.EndsWith("Status", StringComparison.Ordinal)),
            NodeShape.List or NodeShape.Map => parent.IsRequired(name),
            _ => false,
        };
    }
}
