using System.CommandLine;
using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Scheduling;

namespace Karmada.Orleans.Cli.Preview;

/// <summary>
/// <c>karmadactl preview placement --clusters CLUSTERS.yaml --binding BINDING.yaml [-o yaml|json]</c>:
/// schedules a ResourceBinding against Cluster objects with the Karmada scheduler and prints the
/// resulting clusters (sorted by name), or the scheduling error on stderr with exit code 1.
/// </summary>
public static class PreviewPlacementCommand
{
    public static Command Create()
    {
        var clustersOption = new Option<FileInfo>("--clusters")
        {
            Description = "Cluster objects (cluster.karmada.io/v1alpha1): multi-document YAML, a List, or JSON.",
            Required = true,
        };
        var bindingOption = new Option<FileInfo>("--binding")
        {
            Description = "A ResourceBinding (work.karmada.io/v1alpha2) with spec.resource, replicas, placement and any previous clusters.",
            Required = true,
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Output format: yaml or json.",
            DefaultValueFactory = _ => "yaml",
        };
        outputOption.AcceptOnlyFromAmong("yaml", "json");

        var command = new Command("placement", "Preview where the scheduler places a ResourceBinding's replicas.")
        {
            clustersOption,
            bindingOption,
            outputOption,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            return Run(
                parseResult.GetRequiredValue(clustersOption),
                parseResult.GetRequiredValue(bindingOption),
                parseResult.GetValue(outputOption) ?? "yaml",
                output,
                error);
        });
        return command;
    }

    private static int Run(FileInfo clustersFile, FileInfo bindingFile, string format, TextWriter output, TextWriter error)
    {
        IReadOnlyList<Cluster> clusters;
        ResourceBinding binding;
        try
        {
            clusters = LoadClusters(File.ReadAllText(clustersFile.FullName));
            binding = LoadBinding(File.ReadAllText(bindingFile.FullName));
        }
        catch (Exception e) when (e is IOException or FormatException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }

        var outcome = new KarmadaScheduler().Schedule(binding, clusters);
        if (outcome.Error is { } failure)
        {
            error.WriteLine(failure.Message);
            return 1;
        }

        output.Write(Render(outcome.Clusters ?? [], format));
        return 0;
    }

    internal static IReadOnlyList<Cluster> LoadClusters(string text)
    {
        var clusters = new List<Cluster>();
        foreach (var document in KubeYaml.ParseDocuments(text))
        {
            var kind = document["kind"]?.GetValue<string>();
            if (kind != Cluster.KindName)
            {
                throw new FormatException($"--clusters: expected kind Cluster, found {kind ?? "no kind"}");
            }

            clusters.Add(KarmadaJson.Deserialize<Cluster>(document));
        }

        return clusters;
    }

    internal static ResourceBinding LoadBinding(string text)
    {
        var documents = KubeYaml.ParseDocuments(text);
        if (documents.Count != 1 || documents[0]["kind"]?.GetValue<string>() != ResourceBinding.KindName)
        {
            throw new FormatException("--binding: expected exactly one ResourceBinding");
        }

        return KarmadaJson.Deserialize<ResourceBinding>(documents[0]);
    }

    internal static string Render(IReadOnlyList<TargetCluster> clusters, string format)
    {
        var list = new JsonArray();
        foreach (var cluster in clusters.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var entry = new JsonObject { ["name"] = cluster.Name };
            if (cluster.Replicas != 0)
            {
                entry["replicas"] = cluster.Replicas;
            }

            list.Add(entry);
        }

        return format == "json"
            ? list.ToJsonString(KarmadaJson.IndentedOptions) + Environment.NewLine
            : KubeYaml.FromJson(list);
    }
}
