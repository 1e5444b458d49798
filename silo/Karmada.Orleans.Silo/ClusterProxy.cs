using Karmada.Orleans.ApiServer.Handlers;
using Karmada.Orleans.ApiServer.Http;
using Karmada.Orleans.Grains.Clusters;
using Karmada.Orleans.Members.Errors;

namespace Karmada.Orleans.Silo;

/// <summary>
/// clusters/NAME/proxy/PATH: forwards the request to the member's API server with the cluster's
/// credentials, as Karmada's aggregated API server does
/// (kubectl get --raw /apis/cluster.karmada.io/v1alpha1/clusters/member1/proxy/api/v1/namespaces).
/// </summary>
public static class ClusterProxy
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer",
    };

    public static void Register(KubernetesApi api, MemberClientFactory clients) =>
        api.SubresourceHandlers[("clusters.cluster.karmada.io", "proxy")] = request => ForwardAsync(request, clients);

    private static async Task ForwardAsync(ApiRequest request, MemberClientFactory clients)
    {
        var name = request.Info.Name!;
        if (await request.Context.RequestServices.GetRequiredService<Karmada.Orleans.Storage.IObjectStore>().GetAsync(new Karmada.Orleans.Storage.ResourceKey("clusters.cluster.karmada.io", "", name), request.Aborted) is null)
        {
            throw ApiErrors.NotFound(request.Definition, name);
        }

        var path = "/" + string.Join('/', request.Info.Extra) + request.Context.Request.QueryString.Value;
        var http = request.Context;
        HttpContent? content = null;
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            content = new StreamContent(http.Request.Body);
            if (http.Request.ContentType is { } contentType)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        HttpResponseMessage response;
        try
        {
            var member = await clients.GetAsync(name, request.Aborted);
            response = await member.Rest.ProxyAsync(new HttpMethod(http.Request.Method), path, content, http.Request.Headers.Accept.ToString(), request.Aborted);
        }
        catch (Exception error) when (error is KubernetesTransportException or InvalidOperationException)
        {
            throw new ApiException(503, "ServiceUnavailable", $"error trying to reach cluster {name}: {error.Message}");
        }

        using (response)
        {
            http.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                if (!HopByHop.Contains(header.Key))
                {
                    http.Response.Headers[header.Key] = header.Value.ToArray();
                }
            }

            await using var body = await response.Content.ReadAsStreamAsync(request.Aborted);
            await body.CopyToAsync(http.Response.Body, request.Aborted);
        }
    }
}
