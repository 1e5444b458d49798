namespace Karmada.Orleans.Apis;

/// <summary>corev1.TaintEffect values.</summary>
public static class TaintEffect
{
    public const string NoSchedule = "NoSchedule";
    public const string PreferNoSchedule = "PreferNoSchedule";
    public const string NoExecute = "NoExecute";
}
