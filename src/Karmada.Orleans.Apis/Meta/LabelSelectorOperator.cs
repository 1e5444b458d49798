namespace Karmada.Orleans.Apis;

/// <summary>Operators of label and node selector requirements.</summary>
public static class LabelSelectorOperator
{
    public const string In = "In";
    public const string NotIn = "NotIn";
    public const string Exists = "Exists";
    public const string DoesNotExist = "DoesNotExist";

    /// <summary>Node selector only.</summary>
    public const string Gt = "Gt";

    /// <summary>Node selector only.</summary>
    public const string Lt = "Lt";
}
