using System.Text;
using Karmada.Orleans.Grains.Propagation;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Tests;

public sealed class WorkStatusItemTests
{
    private const string Manifests = ""","spec":{"workload":{"manifests":[{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx"}}]}}""";

    private static StoredObject Work(string status) =>
        new(new ResourceKey("works.work.karmada.io", "karmada-es-member1", "nginx-687f7fb96f"), 7, Encoding.UTF8.GetBytes($$"""{"apiVersion":"work.karmada.io/v1alpha1","kind":"Work","metadata":{"name":"nginx-687f7fb96f"}{{Manifests}}{{status}}}"""));

    public static TheoryData<string, string, bool, string?, string?, string> Cases => new()
    {
        { "no status yet", "", false, null, null, "Unknown" },
        { "applied, status reflected", ""","status":{"conditions":[{"type":"Applied","status":"True","reason":"AppliedSuccessful","message":"Manifest has been successfully applied"}],"manifestStatuses":[{"identifier":{"ordinal":0},"status":{"readyReplicas":1},"health":"Healthy"}]}""", true, null, """{"readyReplicas":1}""", "Healthy" },
        { "applied, no manifest status", ""","status":{"conditions":[{"type":"Applied","status":"True","message":"ok"}]}""", true, null, null, "Unknown" },
        { "apply failed", ""","status":{"conditions":[{"type":"Dispatching","status":"True"},{"type":"Applied","status":"False","reason":"AppliedFailed","message":"Failed to apply all manifests (forbidden)"}]}""", false, "Failed to apply all manifests (forbidden)", null, "Unknown" },
        { "status reflected before Applied", ""","status":{"manifestStatuses":[{"identifier":{"ordinal":0},"status":null,"health":"Unhealthy"}]}""", false, null, null, "Unhealthy" },
        { "first manifest counts", ""","status":{"manifestStatuses":[{"status":{"a":1},"health":"Healthy"},{"status":{"b":2},"health":"Unhealthy"}]}""", false, null, """{"a":1}""", "Healthy" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_what_the_binding_aggregates(string name, string status, bool applied, string? message, string? reflected, string health)
    {
        var item = WorkStatusItem.Read(Work(status), "member1");

        Assert.True(name.Length > 0);
        Assert.Equal("member1", item.ClusterName);
        Assert.Equal(applied, item.Applied);
        Assert.Equal(message, item.AppliedMessage);
        Assert.Equal(reflected, item.Status?.GetRawText());
        Assert.Equal(health, item.Health);
    }
}
