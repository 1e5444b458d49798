using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Handlers;

/// <summary>One resource request, resolved: the definition it addresses and its query options.</summary>
public sealed class ApiRequest(HttpContext context, RequestInfo info, ResourceDefinition definition)
{
    public HttpContext Context => context;

    public RequestInfo Info => info;

    public ResourceDefinition Definition => definition;

    public string Namespace => definition.Namespaced ? info.Namespace ?? "" : "";

    public string? Name => definition.Group.Length == 0 && definition.Plural == "namespaces" ? info.Name : info.Name;

    public CancellationToken Aborted => context.RequestAborted;

    public string? Query(string name) => context.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null;

    public bool QueryFlag(string name) => Query(name) is "true" or "1";

    /// <summary>?dryRun=All; any other value is refused as kube refuses it (422 on the verb's options).</summary>
    public bool DryRun => QueryOptions.DryRunOf(this, QueryOptions.OptionsKindOf(context.Request.Method));

    public string FieldValidation => Query("fieldValidation") ?? "Strict";

    public ResponseShape Shape => AcceptHeader.Shape(context.Request.Headers.Accept.ToString());

    public string IncludeObject => Query("includeObject") ?? "Metadata";

    public ResourceKey Key(string name) => new(definition.StorageResource, Namespace, name);

    /// <summary>The field manager of a non-apply write: ?fieldManager, else derived from the User-Agent as kube does.</summary>
    public string FieldManager
    {
        get
        {
            if (Query("fieldManager") is { Length: > 0 } manager)
            {
                return manager;
            }

            var agent = context.Request.Headers.UserAgent.ToString();
            var slash = agent.IndexOf('/', StringComparison.Ordinal);
            return slash > 0 ? agent[..slash] : agent.Length > 0 ? agent : "unknown";
        }
    }
}
