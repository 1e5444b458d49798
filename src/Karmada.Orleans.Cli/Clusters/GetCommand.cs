using System.CommandLine;
using System.Text.Json.Nodes;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Errors;

namespace Karmada.Orleans.Cli.Clusters;

/// <summary>
/// <c>karmadactl get clusters [-o wide]</c>: the server-side table of the control plane, printed
/// as kubectl prints it. (Other kinds: use kubectl with the same kubeconfig.)
/// </summary>
public static class GetCommand
{
    public static Command Create(ControlPlaneOptions controlPlane)
    {
        var type = new Argument<string>("TYPE") { Description = "clusters" };
        var names = new Argument<string[]>("NAME") { Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "wide for more columns." };
        var command = new Command("get", "Display clusters of the control plane.") { type, names, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetRequiredValue(type) is not ("clusters" or "cluster"))
            {
                parse.InvocationConfiguration.Error.WriteLine("error: karmadactl get supports clusters; use kubectl for other kinds");
                return 1;
            }

            using var karmada = controlPlane.Connect(parse);
            var path = "/apis/cluster.karmada.io/v1alpha1/clusters";
            var wanted = parse.GetValue(names) ?? [];
            JsonObject table;
            try
            {
                table = await TableAsync(karmada, path, cancellationToken);
            }
            catch (KubernetesApiException error)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {error.Status.Message}");
                return 1;
            }

            var wide = parse.GetValue(output) == "wide";
            var columns = (table["columnDefinitions"] as JsonArray ?? []).OfType<JsonObject>().Select((c, i) => (Index: i, Name: c["name"]!.GetValue<string>().ToUpperInvariant(), Priority: c["priority"]?.GetValue<int>() ?? 0))
                .Where(c => wide || c.Priority == 0).ToList();
            var rows = (table["rows"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(r => (r["cells"] as JsonArray)!.Select(c => c?.ToString() ?? "").ToList())
                .Where(r => wanted.Length == 0 || wanted.Contains(r[0]))
                .ToList();
            if (wanted.FirstOrDefault(w => rows.All(r => r[0] != w)) is { } missing)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Error from server (NotFound): clusters.cluster.karmada.io \"{missing}\" not found");
                return 1;
            }

            if (rows.Count == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine("No resources found");
                return 0;
            }

            var widths = columns.Select(c => Math.Max(c.Name.Length, rows.Max(r => r[c.Index].Length))).ToList();
            var writer = parse.InvocationConfiguration.Output;
            await writer.WriteLineAsync(string.Join("   ", columns.Select((c, i) => c.Name.PadRight(widths[i]))).TrimEnd());
            foreach (var row in rows)
            {
                await writer.WriteLineAsync(string.Join("   ", columns.Select((c, i) => row[c.Index].PadRight(widths[i]))).TrimEnd());
            }

            return 0;
        });
        return command;
    }

    private static async Task<JsonObject> TableAsync(KubernetesClusterClient karmada, string path, CancellationToken cancellationToken)
    {
        using var response = await karmada.Rest.ProxyAsync(HttpMethod.Get, path, null, "application/json;as=Table;v=v1;g=meta.k8s.io,application/json", cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw KubernetesApiException.Create(Karmada.Orleans.Members.Errors.StatusParser.Parse((int)response.StatusCode, body), karmada.Rest.Cluster, "GET", path);
        }

        return JsonNode.Parse(body)!.AsObject();
    }
}
