using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Tests.Watch;

public sealed class InformerDiffTests
{
    [Fact]
    public void Relist_reports_only_what_changed()
    {
        var cached = new Dictionary<ObjectKey, JsonObject>
        {
            [new("ns", "same")] = Cm("same", "u1", "10"),
            [new("ns", "changed")] = Cm("changed", "u2", "11"),
            [new("ns", "gone")] = Cm("gone", "u3", "12"),
            [new("ns", "recreated")] = Cm("recreated", "u4", "13"),
        };
        var listed = new List<JsonObject>
        {
            Cm("same", "u1", "10"),
            Cm("changed", "u2", "20"),
            Cm("recreated", "u9", "21"),
            Cm("new", "u5", "22"),
        };

        var events = InformerDiff.Compute(cached, listed).Select(e => $"{e.Type} {e.Object!["metadata"]!["name"]} {e.Object["metadata"]!["resourceVersion"]}").ToList();

        Assert.Equal(
            ["Modified changed 20", "Deleted recreated 13", "Added recreated 21", "Added new 22", "Deleted gone 12"],
            events);
    }

    [Fact]
    public void First_list_is_all_additions()
    {
        var events = InformerDiff.Compute(new Dictionary<ObjectKey, JsonObject>(), [Cm("a", "1", "1"), Cm("b", "2", "2")]);

        Assert.All(events, e => Assert.Equal(InformerEventType.Added, e.Type));
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Modified_carries_the_old_object()
    {
        var old = Cm("a", "u", "1");
        var events = InformerDiff.Compute(new Dictionary<ObjectKey, JsonObject> { [new("ns", "a")] = old }, [Cm("a", "u", "2")]);

        Assert.Same(old, Assert.Single(events).OldObject);
    }

    private static JsonObject Cm(string name, string uid, string rv) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "ns", ["uid"] = uid, ["resourceVersion"] = rv },
    };
}
