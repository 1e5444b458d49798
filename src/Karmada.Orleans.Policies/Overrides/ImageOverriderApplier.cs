namespace Karmada.Orleans.Policies;

/// <summary>
/// imageOverrider: rewrites the registry, repository or tag of the image at predicate.path, or
/// without a predicate of every container and init container of a workload's pod template.
/// </summary>
internal static class ImageOverriderApplier
{
    public static void Apply(JsonObject obj, IReadOnlyList<ImageOverrider> overriders)
    {
        for (var i = 0; i < overriders.Count; i++)
        {
            var field = $"imageOverrider[{i}]";
            foreach (var (path, image) in Targets(obj, overriders[i], field))
            {
                var reference = ImageReference.TryParse(image, out var error)
                    ?? throw new OverriderException(field, path, $"failed to parse image \"{image}\": {error}");
                var changed = Override(reference, overriders[i]).ToString();
                try
                {
                    JsonPatcher.Apply(obj, new PatchOperation(OverriderOperator.Replace, path, JsonValue.Create(changed)));
                }
                catch (JsonPatchException e)
                {
                    throw OverriderException.From(field, e);
                }
            }
        }
    }

    /// <summary>The image with one component changed; an unknown operator changes nothing, as in Karmada.</summary>
    public static ImageReference Override(ImageReference image, ImageOverrider overrider)
    {
        var value = overrider.Value ?? "";
        return (overrider.Component, overrider.Operator) switch
        {
            (ImageComponent.Registry, OverriderOperator.Add) => image with { Hostname = image.Hostname + value },
            (ImageComponent.Registry, OverriderOperator.Replace) => image with { Hostname = value },
            (ImageComponent.Registry, OverriderOperator.Remove) => image with { Hostname = "" },
            (ImageComponent.Repository, OverriderOperator.Add) => image with { Repository = image.Repository + value },
            (ImageComponent.Repository, OverriderOperator.Replace) => image with { Repository = value },
            (ImageComponent.Repository, OverriderOperator.Remove) => image with { Repository = "" },
            (ImageComponent.Tag, OverriderOperator.Add) => image.WithTagOrDigest(image.TagOrDigest + value),
            (ImageComponent.Tag, OverriderOperator.Replace) => image.WithTagOrDigest(value),
            (ImageComponent.Tag, OverriderOperator.Remove) => image.WithoutTagOrDigest(),
            (ImageComponent.Registry or ImageComponent.Repository or ImageComponent.Tag, _) => image,
            _ => throw new ArgumentException($"unsupported image component \"{overrider.Component}\"", nameof(overrider)),
        };
    }

    private static IEnumerable<(string Path, string Image)> Targets(JsonObject obj, ImageOverrider overrider, string field)
    {
        if (overrider.Component is not (ImageComponent.Registry or ImageComponent.Repository or ImageComponent.Tag))
        {
            throw new OverriderException(field, overrider.Predicate?.Path ?? "", $"unsupported image component \"{overrider.Component}\"");
        }

        if (overrider.Predicate is { } predicate)
        {
            var tokens = JsonPointer.TryParse(predicate.Path, out var error);
            if (tokens is null || tokens.Count == 0)
            {
                throw new OverriderException(field, predicate.Path, $"invalid predicate path: {error ?? "the path must point into the object"}");
            }

            if (!JsonPointer.TryGet(obj, tokens, out var node) || node.AsString() is not { } image)
            {
                throw new OverriderException(field, predicate.Path, $"failed to obtain an image string at predicate path \"{predicate.Path}\"");
            }

            return [(predicate.Path, image)];
        }

        // Containers without an image are left alone. Materialised first: each patch replaces a node
        // the enumeration would otherwise walk.
        return PodSpecLocator.Containers(obj)
            .Where(c => c.Container["image"].AsString() is { Length: > 0 })
            .Select(c => (c.Path + "/image", c.Container["image"].AsString()!))
            .ToList();
    }
}
