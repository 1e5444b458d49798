namespace Karmada.Orleans.Policies;

/// <summary>
/// labelsOverrider and annotationsOverrider: add sets every key (creating the map when absent);
/// remove and replace touch only keys the object already has.
/// </summary>
internal static class LabelAnnotationOverriderApplier
{
    public const string Labels = "labels";
    public const string Annotations = "annotations";

    /// <param name="target"><see cref="Labels"/> or <see cref="Annotations"/>.</param>
    public static void Apply(JsonObject obj, IReadOnlyList<LabelAnnotationOverrider> overriders, string target)
    {
        var listName = target == Labels ? "labelsOverrider" : "annotationsOverrider";
        for (var i = 0; i < overriders.Count; i++)
        {
            var overrider = overriders[i];
            var field = $"{listName}[{i}]";
            if (overrider.Operator is not (OverriderOperator.Add or OverriderOperator.Remove or OverriderOperator.Replace))
            {
                throw new OverriderException(field, $"/metadata/{target}", $"unsupported operator \"{overrider.Operator}\"");
            }

            foreach (var (key, value) in overrider.Value ?? new Dictionary<string, string>())
            {
                var map = obj["metadata"]?[target] as JsonObject;
                if (overrider.Operator != OverriderOperator.Add && (map is null || !map.ContainsKey(key)))
                {
                    continue;
                }

                if (map is null)
                {
                    if (obj["metadata"] is not JsonObject metadata)
                    {
                        metadata = new JsonObject();
                        obj["metadata"] = metadata;
                    }

                    metadata[target] = new JsonObject();
                }

                // Keys are escaped, so "app.kubernetes.io/name" is one key, not a path.
                var path = $"/metadata/{target}/{JsonPointer.Escape(key)}";
                try
                {
                    JsonPatcher.Apply(obj, new PatchOperation(overrider.Operator, path, JsonValue.Create(value ?? "")));
                }
                catch (JsonPatchException e)
                {
                    throw OverriderException.From(field, e);
                }
            }
        }
    }
}
