using System.Globalization;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage.Selectors;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>Query parameters checked as kube-apiserver checks them, with its answers for bad values.</summary>
public static class QueryOptions
{
    /// <summary>Fields each built-in resource can be selected by besides metadata.name and metadata.namespace (kube's field label conversions).</summary>
    private static readonly Dictionary<string, string[]> ExtraFieldLabels = new(StringComparer.Ordinal)
    {
        ["pods"] = ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName"],
        ["events"] = ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type"],
        ["events.events.k8s.io"] = ["regarding.kind", "regarding.namespace", "regarding.name", "regarding.uid", "regarding.apiVersion", "regarding.resourceVersion", "regarding.fieldPath", "reason", "reportingController", "type"],
        ["secrets"] = ["type"],
        ["namespaces"] = ["status.phase"],
        ["nodes"] = ["spec.unschedulable"],
        ["replicationcontrollers"] = ["status.replicas"],
        ["replicasets.apps"] = ["status.replicas"],
        ["jobs.batch"] = ["status.successful"],
        ["services"] = ["spec.clusterIP", "spec.type"],
        ["certificatesigningrequests.certificates.k8s.io"] = ["spec.signerName"],
    };

    private static readonly string[] MetadataFieldLabels = ["metadata.name", "metadata.namespace"];

    /// <summary>The fieldSelector, refused (400) when it names a field the resource cannot be selected by.</summary>
    public static FieldSelector? FieldSelectorOf(ApiRequest request)
    {
        if (request.Query("fieldSelector") is not { Length: > 0 } text)
        {
            return null;
        }

        var selector = FieldSelector.Parse(text);
        var extra = ExtraFieldLabels.GetValueOrDefault(request.Definition.QualifiedResource) ?? [];
        foreach (var requirement in selector.Requirements)
        {
            if (MetadataFieldLabels.Contains(requirement.Key) || extra.Contains(requirement.Key))
            {
                continue;
            }

            throw ApiException.BadRequest(extra.Length > 0
                ? $"field label not supported: {requirement.Key}"
                : $"\"{requirement.Key}\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
        }

        return selector;
    }

    /// <summary>
    /// ?resourceVersion as a revision (null when absent, empty or "0"). kube parses it in storage and answers a
    /// value that is not a number with an unclassified 500; resourceVersionMatch without it is invalid (422).
    /// </summary>
    public static long? ResourceVersionOf(ApiRequest request, bool list)
    {
        var rv = request.Query("resourceVersion");
        if (list && request.Query("resourceVersionMatch") is { Length: > 0 } && rv is not { Length: > 0 })
        {
            throw Invalid("ListOptions", "resourceVersionMatch", "FieldValueForbidden", "Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided");
        }

        if (rv is not { Length: > 0 } || rv == "0")
        {
            return null;
        }

        if (!ulong.TryParse(rv, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > long.MaxValue)
        {
            var problem = ulong.TryParse(rv, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? "value out of range" : "invalid syntax";
            throw ApiException.Unclassified($"resourceVersion: Invalid value: \"{rv}\": strconv.ParseUint: parsing \"{rv}\": {problem}");
        }

        return (long)parsed;
    }

    /// <summary>?dryRun: empty or All; anything else is refused (422) naming the verb's options kind.</summary>
    public static bool DryRunOf(ApiRequest request, string optionsKind)
    {
        if (!request.Context.Request.Query.TryGetValue("dryRun", out var values))
        {
            return false;
        }

        var given = values.Where(v => !string.IsNullOrEmpty(v)).ToList();
        if (given.Any(v => v != "All"))
        {
            var quoted = string.Join(", ", given.Select(v => $"\"{v}\""));
            var detail = $"Unsupported value: []string{{{quoted}}}: supported values: \"All\"";
            throw Invalid(optionsKind, "dryRun", "FieldValueNotSupported", detail);
        }

        return given.Count > 0;
    }

    /// <summary>A 422 about a request option, as kube reports invalid meta.k8s.io options.</summary>
    public static ApiException Invalid(string optionsKind, string field, string reason, string detail) =>
        new(422, "Invalid", $"{optionsKind}.meta.k8s.io \"\" is invalid: {field}: {detail}")
        {
            DetailsGroup = "meta.k8s.io",
            DetailsKind = optionsKind,
            Causes = [new StatusCause(reason, detail, field)],
        };

    /// <summary>The meta.k8s.io options kind of a write verb.</summary>
    public static string OptionsKindOf(string method) => method switch
    {
        "POST" => "CreateOptions",
        "PUT" => "UpdateOptions",
        "PATCH" => "PatchOptions",
        "DELETE" => "DeleteOptions",
        _ => "ListOptions",
    };
}
