using Karmada.Orleans.Patching.Json;

namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// One <c>metadata.managedFields</c> entry: who (manager), how (Apply or Update), at which API version, when, and
/// the fields it owns. Appliers are one entry per manager; updaters one per manager and API version.
/// </summary>
public sealed record ManagedFieldsEntry(string Manager, string Operation, string ApiVersion, DateTimeOffset? Time, FieldSet Fields)
{
    public const string ApplyOperation = "Apply";
    public const string UpdateOperation = "Update";

    public bool IsApply => Operation == ApplyOperation;

    /// <summary>What makes two entries the same owner (kube's manager identifier).</summary>
    internal string Identity => IdentityOf(Manager, Operation, ApiVersion);

    /// <summary>How conflict messages name the owner: <c>"kubectl"</c>, or <c>"kubectl-create" using v1</c> for updaters.</summary>
    public string Display => IsApply ? JsonText.Quote(Manager) : $"{JsonText.Quote(Manager)} using {ApiVersion}";

    internal static string IdentityOf(string manager, string operation, string apiVersion)
        => operation == ApplyOperation
            ? $"{{\"manager\":{JsonText.Quote(manager)},\"operation\":\"Apply\"}}"
            : $"{{\"manager\":{JsonText.Quote(manager)},\"operation\":{JsonText.Quote(operation)},\"apiVersion\":{JsonText.Quote(apiVersion)}}}";
}
