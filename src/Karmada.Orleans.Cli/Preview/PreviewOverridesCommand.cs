using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Policies;

namespace Karmada.Orleans.Cli.Preview;

/// <summary>
/// <c>karmadactl preview overrides --resource OBJ.yaml --policies POLICIES.yaml --cluster CLUSTER.yaml [-o yaml|json]</c>:
/// applies the (Cluster)OverridePolicies to a resource template for one member cluster, as the
/// binding controller does when it renders that cluster's Work, and prints the result. Invalid
/// policies (admission errors) and overrides that do not apply go to stderr with exit code 1.
/// </summary>
public static class PreviewOverridesCommand
{
    public static Command Create()
    {
        var resourceOption = new Option<FileInfo>("--resource")
        {
            Description = "The resource template: one Kubernetes object, YAML or JSON.",
            Required = true,
        };
        var policiesOption = new Option<FileInfo>("--policies")
        {
            Description = "OverridePolicy and ClusterOverridePolicy objects (policy.karmada.io/v1alpha1): multi-document YAML, a List, or JSON.",
            Required = true,
        };
        var clusterOption = new Option<FileInfo>("--cluster")
        {
            Description = "The member Cluster (cluster.karmada.io/v1alpha1): its name, labels, provider, region and zones select the rules.",
            Required = true,
        };
        var namespaceOption = new Option<string>("--namespace", "-n")
        {
            Description = "Namespace of the resource and OverridePolicies that have none, as kubectl would use.",
            DefaultValueFactory = _ => "default",
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Output format: yaml or json.",
            DefaultValueFactory = _ => "yaml",
        };
        outputOption.AcceptOnlyFromAmong("yaml", "json");

        var command = new Command("overrides", "Preview a resource as the override policies would apply it to one member cluster.")
        {
            resourceOption,
            policiesOption,
            clusterOption,
            namespaceOption,
            outputOption,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(resourceOption),
            parseResult.GetRequiredValue(policiesOption),
            parseResult.GetRequiredValue(clusterOption),
            parseResult.GetValue(namespaceOption) ?? "default",
            parseResult.GetValue(outputOption) ?? "yaml",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo resourceFile, FileInfo policiesFile, FileInfo clusterFile, string defaultNamespace, string format, TextWriter output, TextWriter error)
    {
        JsonObject resource;
        PolicySet policies;
        Cluster cluster;
        try
        {
            resource = LoadResource(File.ReadAllText(resourceFile.FullName), defaultNamespace);
            policies = LoadPolicies(File.ReadAllText(policiesFile.FullName), defaultNamespace);
            cluster = LoadCluster(File.ReadAllText(clusterFile.FullName));
        }
        catch (Exception e) when (e is IOException or FormatException or JsonException or UnauthorizedAccessException or InvalidOperationException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }

        var invalid = policies.Invalid();
        if (invalid.Count > 0)
        {
            foreach (var line in invalid)
            {
                error.WriteLine(line);
            }

            return 1;
        }

        var result = OverrideManager.Apply(resource, cluster, policies.ClusterOverridePolicies, policies.OverridePolicies);
        if (result.Error is { } failure)
        {
            error.WriteLine($"error: {failure.Message}");
            return 1;
        }

        output.Write(format == "json"
            ? result.Object!.ToJsonString(KarmadaJson.IndentedOptions) + Environment.NewLine
            : KubeYaml.FromJson(result.Object));
        return 0;
    }

    internal static JsonObject LoadResource(string text, string defaultNamespace)
    {
        var documents = KubeYaml.ParseDocuments(text, expandLists: false);
        if (documents is not [JsonObject resource] || resource["kind"] is null || resource["apiVersion"] is null)
        {
            throw new FormatException("--resource: expected exactly one Kubernetes object with apiVersion and kind");
        }

        if (ResourceScope.IsNamespaced(resource["kind"]!.GetValue<string>()))
        {
            if (resource["metadata"] is not JsonObject metadata)
            {
                metadata = new JsonObject();
                resource["metadata"] = metadata;
            }

            if (metadata["namespace"] is null)
            {
                // Right after the name, where kubectl shows it.
                metadata.Remove("namespace");
                metadata.Insert(metadata.ContainsKey("name") ? metadata.IndexOf("name") + 1 : 0, "namespace", defaultNamespace);
            }
        }

        return resource;
    }

    internal static PolicySet LoadPolicies(string text, string defaultNamespace)
    {
        var set = new PolicySet();
        var documents = KubeYaml.ParseDocuments(text);
        for (var i = 0; i < documents.Count; i++)
        {
            var kind = documents[i]["kind"]?.GetValue<string>();
            switch (kind)
            {
                case ClusterOverridePolicy.KindName:
                    set.ClusterOverridePolicies.Add(KarmadaJson.Deserialize<ClusterOverridePolicy>(documents[i]));
                    break;
                case OverridePolicy.KindName:
                    var policy = KarmadaJson.Deserialize<OverridePolicy>(documents[i]);
                    set.OverridePolicies.Add(string.IsNullOrEmpty(policy.Metadata.Namespace)
                        ? policy with { Metadata = policy.Metadata with { Namespace = defaultNamespace } }
                        : policy);
                    break;
                default:
                    throw new FormatException($"--policies: document {i + 1}: expected kind OverridePolicy or ClusterOverridePolicy, found {kind ?? "no kind"}");
            }
        }

        return set;
    }

    internal static Cluster LoadCluster(string text)
    {
        var documents = KubeYaml.ParseDocuments(text);
        if (documents.Count != 1 || documents[0]["kind"]?.GetValue<string>() != Cluster.KindName)
        {
            throw new FormatException("--cluster: expected exactly one Cluster");
        }

        return KarmadaJson.Deserialize<Cluster>(documents[0]);
    }

    /// <summary>The policies of the --policies file, by kind.</summary>
    internal sealed class PolicySet
    {
        public List<ClusterOverridePolicy> ClusterOverridePolicies { get; } = [];

        public List<OverridePolicy> OverridePolicies { get; } = [];

        /// <summary>One "error: … is invalid:" header per invalid policy, followed by its field errors.</summary>
        public List<string> Invalid()
        {
            var lines = new List<string>();
            foreach (var policy in ClusterOverridePolicies)
            {
                Report($"ClusterOverridePolicy {policy.Metadata.Name}", OverridePolicyValidator.Validate(policy), lines);
            }

            foreach (var policy in OverridePolicies)
            {
                Report($"OverridePolicy {policy.Metadata.Namespace}/{policy.Metadata.Name}", OverridePolicyValidator.Validate(policy), lines);
            }

            return lines;
        }

        private static void Report(string policy, IReadOnlyList<FieldError> errors, List<string> lines)
        {
            if (errors.Count == 0)
            {
                return;
            }

            lines.Add($"error: {policy} is invalid:");
            lines.AddRange(errors.Select(e => "  " + e));
        }
    }
}
