using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Admission;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Policies;
using AdmissionFieldError = Karmada.Orleans.ApiServer.Admission.FieldError;
using PolicyFieldError = Karmada.Orleans.Policies.FieldError;

namespace Karmada.Orleans.Silo.Admission;

/// <summary>
/// Karmada's webhook for policies: PropagationPolicy defaults (and a permanent-id label) and
/// validation of propagation and override policies, every error at once.
/// </summary>
public sealed class KarmadaPolicyAdmission : IAdmissionPlugin
{
    private const string Group = "policy.karmada.io";

    public void Mutate(AdmissionRequest request)
    {
        if (request.Subresource is not null || request.Definition.Group != Group || request.Definition.Kind is not ("PropagationPolicy" or "ClusterPropagationPolicy"))
        {
            return;
        }

        var labels = request.Object["metadata"]?["labels"] as JsonObject ?? [];
        var idLabel = request.Definition.Kind == "PropagationPolicy" ? KarmadaLabels.PropagationPolicyPermanentId : KarmadaLabels.ClusterPropagationPolicyPermanentId;
        if (labels[idLabel] is null)
        {
            labels[idLabel] = request.OldObject?["metadata"]?["labels"]?[idLabel]?.DeepClone() ?? Guid.NewGuid().ToString();
            ((JsonObject)request.Object["metadata"]!)["labels"] = labels;
        }

        if (TryRead<PropagationSpec>(request.Object["spec"], out var spec, out _))
        {
            request.Object["spec"] = KarmadaJson.ToNode(PropagationPolicyDefaults.Apply(spec));
        }
    }

    public void Validate(AdmissionRequest request, List<AdmissionFieldError> errors)
    {
        if (request.Subresource is not null || request.Definition.Group != Group)
        {
            return;
        }

        IReadOnlyList<PolicyFieldError> found = request.Definition.Kind switch
        {
            "PropagationPolicy" or "ClusterPropagationPolicy" => TryRead<PropagationSpec>(request.Object["spec"], out var spec, out var problem)
                ? PropagationPolicyValidator.Validate(spec)
                : [PolicyFieldError.Invalid("spec", problem!, "cannot be read as a PropagationSpec")],
            "OverridePolicy" or "ClusterOverridePolicy" => TryRead<OverrideSpec>(request.Object["spec"] ?? new JsonObject(), out var overrides, out var overrideProblem)
                ? OverridePolicyValidator.Validate(overrides)
                : [PolicyFieldError.Invalid("spec", overrideProblem!, "cannot be read as an OverrideSpec")],
            _ => [],
        };
        errors.AddRange(found.Select(Convert));
    }

    private static AdmissionFieldError Convert(PolicyFieldError error)
    {
        var text = error.ToString();
        var message = text[(error.Field.Length + 2)..];
        return new AdmissionFieldError(error.Type switch
        {
            FieldErrorType.Required => "FieldValueRequired",
            FieldErrorType.NotSupported => "FieldValueNotSupported",
            FieldErrorType.Forbidden => "FieldValueForbidden",
            _ => "FieldValueInvalid",
        }, error.Field, message);
    }

    private static bool TryRead<T>(JsonNode? node, out T value, out string? problem)
        where T : class
    {
        problem = null;
        value = null!;
        if (node is null)
        {
            problem = "null";
            return false;
        }

        try
        {
            value = KarmadaJson.Deserialize<T>(node);
            return true;
        }
        catch (JsonException error)
        {
            problem = error.Message;
            return false;
        }
    }
}
