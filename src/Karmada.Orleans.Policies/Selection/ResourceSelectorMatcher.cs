namespace Karmada.Orleans.Policies;

/// <summary>
/// ResourceSelector matching, as Karmada does it: apiVersion and kind must be equal, namespace when
/// given; then a name (when given) decides alone and the labelSelector is ignored; otherwise the
/// labelSelector (when given) must match. An invalid labelSelector matches nothing.
/// </summary>
public static class ResourceSelectorMatcher
{
    public static bool Matches(JsonObject resource, ResourceSelector selector) => Priority(resource, selector) != ImplicitPriority.MisMatch;

    /// <summary>Whether any selector matches; an empty list matches nothing (callers decide what "no selectors" means).</summary>
    public static bool MatchesAny(JsonObject resource, IEnumerable<ResourceSelector> selectors) => Priority(resource, selectors) != ImplicitPriority.MisMatch;

    public static ImplicitPriority Priority(JsonObject resource, ResourceSelector selector)
    {
        var metadata = resource["metadata"] as JsonObject;
        if (resource["apiVersion"].AsString() != selector.ApiVersion
            || resource["kind"].AsString() != selector.Kind
            || (!string.IsNullOrEmpty(selector.Namespace) && (metadata?["namespace"].AsString() ?? "") != selector.Namespace))
        {
            return ImplicitPriority.MisMatch;
        }

        if (!string.IsNullOrEmpty(selector.Name))
        {
            return metadata?["name"].AsString() == selector.Name ? ImplicitPriority.MatchName : ImplicitPriority.MisMatch;
        }

        if (selector.LabelSelector is not { } labelSelector)
        {
            return ImplicitPriority.MatchAll;
        }

        return LabelSelectorMatcher.Validate(labelSelector) is null && LabelSelectorMatcher.Matches(labelSelector, Labels(metadata))
            ? ImplicitPriority.MatchLabelSelector
            : ImplicitPriority.MisMatch;
    }

    /// <summary>The highest priority among <paramref name="selectors"/>.</summary>
    public static ImplicitPriority Priority(JsonObject resource, IEnumerable<ResourceSelector> selectors)
    {
        var best = ImplicitPriority.MisMatch;
        foreach (var selector in selectors)
        {
            var priority = Priority(resource, selector);
            if (priority > best)
            {
                best = priority;
            }
        }

        return best;
    }

    private static Dictionary<string, string> Labels(JsonObject? metadata)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (metadata?["labels"] is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                if (value.AsString() is { } text)
                {
                    labels[key] = text;
                }
            }
        }

        return labels;
    }
}
