namespace Karmada.Orleans.Policies;

/// <summary>
/// Applies one rule's Overriders in Karmada's fixed order: imageOverrider, commandOverrider,
/// argsOverrider, labelsOverrider, annotationsOverrider, fieldOverrider, then plaintext, each list
/// in order, so a later overrider sees (and wins over) what an earlier one did.
/// </summary>
internal static class OverridersApplier
{
    public static JsonObject Apply(JsonObject obj, Overriders overriders)
    {
        ImageOverriderApplier.Apply(obj, overriders.ImageOverrider ?? []);
        CommandArgsOverriderApplier.Apply(obj, overriders.CommandOverrider ?? [], CommandArgsOverriderApplier.Command);
        CommandArgsOverriderApplier.Apply(obj, overriders.ArgsOverrider ?? [], CommandArgsOverriderApplier.Args);
        LabelAnnotationOverriderApplier.Apply(obj, overriders.LabelsOverrider ?? [], LabelAnnotationOverriderApplier.Labels);
        LabelAnnotationOverriderApplier.Apply(obj, overriders.AnnotationsOverrider ?? [], LabelAnnotationOverriderApplier.Annotations);
        FieldOverriderApplier.Apply(obj, overriders.FieldOverrider ?? []);
        return PlaintextOverriderApplier.Apply(obj, overriders.Plaintext ?? []);
    }
}
