namespace Karmada.Orleans.Policies;

/// <summary>OverriderOperator: the operators of every overrider (command and args only take add and remove).</summary>
public static class OverriderOperator
{
    public const string Add = "add";
    public const string Remove = "remove";
    public const string Replace = "replace";
}
