namespace Karmada.Orleans.Policies;

/// <summary>
/// commandOverrider and argsOverrider: append to (add) or drop every occurrence of the values from
/// (remove) the command or args of the containers named containerName in a workload's pod template.
/// </summary>
internal static class CommandArgsOverriderApplier
{
    public const string Command = "command";
    public const string Args = "args";

    /// <param name="target"><see cref="Command"/> or <see cref="Args"/>.</param>
    public static void Apply(JsonObject obj, IReadOnlyList<CommandArgsOverrider> overriders, string target)
    {
        var listName = target == Command ? "commandOverrider" : "argsOverrider";
        for (var i = 0; i < overriders.Count; i++)
        {
            var overrider = overriders[i];
            foreach (var (path, container) in PodSpecLocator.Containers(obj).ToList())
            {
                if (container["name"].AsString() != overrider.ContainerName)
                {
                    continue;
                }

                var targetPath = $"{path}/{target}";
                var values = overrider.Value ?? [];
                var operation = (container[target], overrider.Operator) switch
                {
                    (JsonArray current, OverriderOperator.Add) => Replace(targetPath, Strings(current).Concat(values)),
                    (JsonArray current, OverriderOperator.Remove) => Replace(targetPath, Strings(current).Where(v => !values.Contains(v))),
                    (null, OverriderOperator.Add) => new PatchOperation(OverriderOperator.Add, targetPath, ToArray(values)),

                    // Nothing to remove from; an unknown operator changes nothing, as in Karmada.
                    _ => null,
                };
                if (operation is null)
                {
                    continue;
                }

                try
                {
                    JsonPatcher.Apply(obj, operation);
                }
                catch (JsonPatchException e)
                {
                    throw OverriderException.From($"{listName}[{i}]", e);
                }
            }
        }
    }

    private static PatchOperation Replace(string path, IEnumerable<string> values) => new(OverriderOperator.Replace, path, ToArray(values));

    private static IEnumerable<string> Strings(JsonArray array) => array.Select(n => n.AsString() ?? n?.ToJsonString() ?? "");

    private static JsonArray ToArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v ?? "")).ToArray());
}
