namespace Karmada.Orleans.Patching.Schema;

/// <summary>What a schema says a value is.</summary>
public enum NodeShape
{
    /// <summary>No type information (custom resources without a schema, RawExtension): shape follows the value;
    /// objects merge key by key, arrays are atomic.</summary>
    Untyped,

    /// <summary>A string, number, boolean or int-or-string.</summary>
    Scalar,

    /// <summary>An object with declared properties (a Go struct).</summary>
    Struct,

    /// <summary>An object whose keys are data (<c>additionalProperties</c>: labels, ConfigMap data).</summary>
    Map,

    /// <summary>An array.</summary>
    List,
}
