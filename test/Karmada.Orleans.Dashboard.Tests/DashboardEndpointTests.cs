using System.Net;
using System.Text.Json;
using Karmada.Orleans.TestSupport;

namespace Karmada.Orleans.Dashboard.Tests;

/// <summary>The page is public but empty; the data behind it needs the token.</summary>
public sealed class DashboardEndpointTests
{
    [Fact]
    public async Task The_page_is_served_without_data_and_its_json_needs_the_token()
    {
        await using var silo = await SiloProcess.StartAsync();
        using var anonymous = SiloHttp.Client(silo, withToken: false);
        using var http = SiloHttp.Client(silo);

        using var page = await anonymous.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("/dashboard/assets/dashboard.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/dashboard/assets/dashboard.css")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/dashboard/assets/missing.js")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/dashboard/api/runtime")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/dashboard/api/karmada")).StatusCode);

        using var runtime = JsonDocument.Parse(await http.GetStringAsync("/dashboard/api/runtime"));
        Assert.True(runtime.RootElement.GetProperty("silo").GetProperty("uptimeSeconds").GetDouble() > 0);
        Assert.Contains(runtime.RootElement.GetProperty("grainTypes").EnumerateArray(), t => t.GetProperty("type").GetString() == "cluster");

        using var karmada = JsonDocument.Parse(await http.GetStringAsync("/dashboard/api/karmada"));
        Assert.Equal(0, karmada.RootElement.GetProperty("clusters").GetArrayLength());
        Assert.Equal(0, karmada.RootElement.GetProperty("bindings").GetProperty("total").GetInt32());
    }
}
