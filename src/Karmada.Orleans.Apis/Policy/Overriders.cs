using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>Overriders: every kind of override, applied in Karmada's fixed order.</summary>
public sealed record Overriders
{
    [JsonPropertyName("plaintext")]
    public IReadOnlyList<PlaintextOverrider>? Plaintext { get; init; }

    [JsonPropertyName("imageOverrider")]
    public IReadOnlyList<ImageOverrider>? ImageOverrider { get; init; }

    [JsonPropertyName("commandOverrider")]
    public IReadOnlyList<CommandArgsOverrider>? CommandOverrider { get; init; }

    [JsonPropertyName("argsOverrider")]
    public IReadOnlyList<CommandArgsOverrider>? ArgsOverrider { get; init; }

    [JsonPropertyName("labelsOverrider")]
    public IReadOnlyList<LabelAnnotationOverrider>? LabelsOverrider { get; init; }

    [JsonPropertyName("annotationsOverrider")]
    public IReadOnlyList<LabelAnnotationOverrider>? AnnotationsOverrider { get; init; }

    [JsonPropertyName("fieldOverrider")]
    public IReadOnlyList<FieldOverrider>? FieldOverrider { get; init; }
}
