using System.Text.Json.Nodes;
using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.Admission;

public enum AdmissionOperation
{
    Create,
    Update,
}

/// <summary>An object on its way into the store: plugins may default it (mutate) and report what is invalid.</summary>
public sealed record AdmissionRequest(ResourceDefinition Definition, AdmissionOperation Operation, JsonObject Object, JsonObject? OldObject, string? Subresource, bool DryRun)
{
    public List<string> Warnings { get; } = [];
}
