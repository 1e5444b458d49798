namespace Karmada.Orleans.Scheduling;

/// <summary>
/// The scheduler's plugins by Karmada name. Filters run in registration order and the first
/// failure decides a cluster's reason (Karmada's order is a Go map's; ours is fixed for
/// determinism). Scores of every score plugin add up.
/// </summary>
public sealed class PluginRegistry
{
    public PluginRegistry(IEnumerable<ISchedulerPlugin> plugins)
    {
        Plugins = plugins.ToList();
        var duplicate = Plugins.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"plugin {duplicate.Key} registered twice", nameof(plugins));
        }

        FilterPlugins = Plugins.OfType<IFilterPlugin>().ToArray();
        ScorePlugins = Plugins.OfType<IScorePlugin>().ToArray();
    }

    /// <summary>Karmada's in-tree plugins (karmada-scheduler --plugins=*).</summary>
    public static PluginRegistry InTree { get; } = new(
    [
        new ApiEnablementPlugin(),
        new TaintTolerationPlugin(),
        new ClusterAffinityPlugin(),
        new SpreadConstraintPlugin(),
        new ClusterLocalityPlugin(),
        new ClusterEvictionPlugin(),
    ]);

    public IReadOnlyList<ISchedulerPlugin> Plugins { get; }

    public IReadOnlyList<IFilterPlugin> FilterPlugins { get; }

    public IReadOnlyList<IScorePlugin> ScorePlugins { get; }

    public IEnumerable<string> Names => Plugins.Select(p => p.Name);

    /// <summary>
    /// The registry narrowed like karmada-scheduler's --plugins flag: "*" enables all, "Name" enables
    /// one, "-Name" disables one (e.g. ["*", "-ClusterLocality"]).
    /// </summary>
    public PluginRegistry Select(params string[] names)
    {
        var all = names.Contains("*");
        var enabled = names.Where(n => n != "*" && !n.StartsWith('-')).ToHashSet(StringComparer.Ordinal);
        var disabled = names.Where(n => n.StartsWith('-')).Select(n => n[1..]).ToHashSet(StringComparer.Ordinal);
        var unknown = enabled.Concat(disabled).FirstOrDefault(n => Plugins.All(p => p.Name != n));
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown scheduler plugin \"{unknown}\"", nameof(names));
        }

        return new PluginRegistry(Plugins.Where(p => !disabled.Contains(p.Name) && (all || enabled.Contains(p.Name))));
    }
}
