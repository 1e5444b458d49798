using Karmada.Orleans.ApiServer.Http;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Tests.Http;

/// <summary>Verbs as kube-apiserver reports them in apiserver_request_total.</summary>
public sealed class ApiRequestMetricsTests
{
    [Theory]
    [InlineData("GET", "/api/v1/namespaces/default/pods", "", null, "LIST")]
    [InlineData("GET", "/api/v1/namespaces/default/pods", "?watch=true&resourceVersion=5", null, "WATCH")]
    [InlineData("GET", "/api/v1/namespaces/default/pods", "?watch=1", null, "WATCH")]
    [InlineData("GET", "/api/v1/namespaces/default/pods/web", "", null, "GET")]
    [InlineData("GET", "/api/v1/namespaces/default/pods/web", "?watch=true", null, "WATCH")]
    [InlineData("PATCH", "/apis/apps/v1/namespaces/default/deployments/web", "", "application/apply-patch+yaml", "APPLY")]
    [InlineData("PATCH", "/apis/apps/v1/namespaces/default/deployments/web", "", "application/merge-patch+json", "PATCH")]
    [InlineData("DELETE", "/api/v1/namespaces/default/configmaps", "", null, "DELETECOLLECTION")]
    [InlineData("DELETE", "/api/v1/namespaces/default/configmaps/a", "", null, "DELETE")]
    [InlineData("POST", "/api/v1/namespaces/default/configmaps", "", "application/json", "POST")]
    [InlineData("GET", "/version", "", null, "GET")]
    public void Reports_kube_apiserver_verbs(string method, string path, string query, string? contentType, string verb)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Request.ContentType = contentType;
        Assert.Equal(verb, ApiRequestMetrics.Verb(context.Request, RequestInfo.Parse(path)));
    }
}
