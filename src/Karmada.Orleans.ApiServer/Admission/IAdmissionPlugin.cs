namespace Karmada.Orleans.ApiServer.Admission;

/// <summary>
/// A step of admission, like kube-apiserver's admission plugins and Karmada's webhook: mutate
/// first (defaults), then validate, collecting every error instead of stopping at the first.
/// </summary>
public interface IAdmissionPlugin
{
    void Mutate(AdmissionRequest request)
    {
    }

    void Validate(AdmissionRequest request, List<FieldError> errors)
    {
    }
}
