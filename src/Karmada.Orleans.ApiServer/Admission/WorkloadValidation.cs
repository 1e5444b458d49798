using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.ApiServer.Admission;

/// <summary>
/// kube-apiserver's range checks on the built-in workloads' counts: replicas of Deployments,
/// ReplicaSets and StatefulSets, and a Job's parallelism, completions and backoffLimit, must not be
/// negative. (The rest of their validation is the schema check.)
/// </summary>
public sealed class WorkloadValidation : IAdmissionPlugin
{
    private static readonly Dictionary<(string Group, string Plural), string[]> Counts = new()
    {
        [("apps", "deployments")] = ["replicas", "minReadySeconds", "revisionHistoryLimit"],
        [("apps", "replicasets")] = ["replicas", "minReadySeconds"],
        [("apps", "statefulsets")] = ["replicas", "minReadySeconds", "revisionHistoryLimit"],
        [("batch", "jobs")] = ["parallelism", "completions", "backoffLimit"],
    };

    public void Validate(AdmissionRequest request, List<FieldError> errors)
    {
        if (request.Subresource is not null and not "status" || !Counts.TryGetValue((request.Definition.Group, request.Definition.Plural), out var fields)
            || request.Object["spec"] is not JsonObject spec)
        {
            return;
        }

        foreach (var field in fields)
        {
            if (spec[field] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number) && number < 0)
            {
                errors.Add(FieldError.Invalid($"spec.{field}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "must be greater than or equal to 0"));
            }
        }
    }
}
