namespace Karmada.Orleans.Patching;

/// <summary>
/// 422 Invalid: a well-formed JSON patch whose operations do not apply to the object (missing path, failed test,
/// unknown op). Kube answers only "the server rejected our request due to an error in our request"; the message
/// here keeps that text and adds which operation failed and why.
/// </summary>
public sealed class PatchNotApplicableException(string detail)
    : PatchException(KubeText + ": " + detail, 422, "Invalid")
{
    internal const string KubeText = "the server rejected our request due to an error in our request";

    /// <summary>What failed, without kube's generic prefix.</summary>
    public string Detail { get; } = detail;
}
