namespace Karmada.Orleans.Grains.Propagation;

public static class WorkAnnotations
{
    /// <summary>On a Work: the uid of the resource template, so events can be recorded on it.</summary>
    public const string TemplateUid = "resourcetemplate.karmada.io/uid";
}
