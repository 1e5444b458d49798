using System.Text;
using Karmada.Orleans.Grains.Propagation;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Tests;

public sealed class ChangeFilterTests
{
    private const string Base = """{"apiVersion":"work.karmada.io/v1alpha1","kind":"Work","metadata":{"name":"w","resourceVersion":"1","labels":{"a":"1"}},"spec":{"x":1}""";

    private static StoredObject Stored(string json) => new(new ResourceKey("works.work.karmada.io", "ns", "w"), 1, Encoding.UTF8.GetBytes(json));

    public static TheoryData<string, string, string, bool, bool> Changes => new()
    {
        { "status only", Base + "}", Base + ""","status":{"ready":true}}""", false, true },
        { "status value", Base + ""","status":{"ready":false}}""", Base + ""","status":{"ready":true}}""", false, true },
        { "status null and missing", Base + ""","status":null}""", Base + "}", false, false },
        { "spec", Base + "}", Base.Replace("\"x\":1", "\"x\":2") + "}", true, false },
        { "label", Base + "}", Base.Replace("\"a\":\"1\"", "\"a\":\"2\"") + "}", true, false },
        { "label added", Base + "}", Base.Replace("\"a\":\"1\"", "\"a\":\"1\",\"b\":\"2\"") + "}", true, false },
        { "bookkeeping only", Base + "}", Base.Replace("\"resourceVersion\":\"1\"", "\"resourceVersion\":\"2\",\"managedFields\":[{\"manager\":\"m\"}]") + "}", false, false },
        { "member order", """{"metadata":{"name":"w"},"spec":{"a":1,"b":2}}""", """{"spec":{"a":1,"b":2},"metadata":{"name":"w"}}""", false, false },
        { "top-level member removed", Base + ""","extra":1}""", Base + "}", true, false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Modified_events_are_classified_by_what_changed(string name, string before, string after, bool desired, bool status)
    {
        var e = new WatchEvent(WatchEventType.Modified, 2, Stored(after), Stored(before));

        Assert.True(ChangeFilter.Classify(e) == (desired, status), name);
        Assert.Equal(desired, ChangeFilter.DesiredStateChanged(e));
        Assert.Equal(status, ChangeFilter.StatusChanged(e));
    }

    [Fact]
    public void Added_and_deleted_objects_concern_controllers_and_a_new_object_has_news_of_status_only_if_it_has_one()
    {
        var added = new WatchEvent(WatchEventType.Added, 2, Stored(Base + "}"));
        var addedWithStatus = new WatchEvent(WatchEventType.Added, 2, Stored(Base + ",\"status\":{\"ready\":true}}"));
        var deleted = new WatchEvent(WatchEventType.Deleted, 3, Stored(Base + "}"), Stored(Base + "}"));

        Assert.Equal((true, false), ChangeFilter.Classify(added));
        Assert.Equal((true, true), ChangeFilter.Classify(addedWithStatus));
        Assert.True(ChangeFilter.DesiredStateChanged(deleted));
    }
}
