namespace Karmada.Orleans.Apis;

/// <summary>corev1.TolerationOperator values.</summary>
public static class TolerationOperator
{
    public const string Equal = "Equal";
    public const string Exists = "Exists";
}
