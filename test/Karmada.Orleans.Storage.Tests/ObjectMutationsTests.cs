using System.Text;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Storage.Tests;

/// <summary>The storage layer's metadata rules for creates and updates, as pure functions over JSON.</summary>
public sealed class ObjectMutationsTests
{
    private static readonly ResourceKey Key = new("deployments.apps", "default", "web");
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Stored = Encoding.UTF8.GetBytes(
        """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"default","uid":"u-1","creationTimestamp":"2026-12-01T00:00:00Z","generation":3,"resourceVersion":"7","labels":{"a":"1"}},"spec":{"replicas":2,"paused":false},"status":{"readyReplicas":1}}""");

    [Fact]
    public void Create_sets_the_owned_fields_keeps_the_callers_order_and_does_not_change_the_caller()
    {
        var obj = Parse("""{"kind":"Deployment","metadata":{"labels":{"a":"1"},"name":"other","resourceVersion":"99","generation":9,"deletionTimestamp":"x"},"spec":{}}""");
        var before = obj.ToJsonString();

        var json = Encoding.UTF8.GetString(ObjectMutations.Create(Key, obj, 12, Now, tracksGeneration: true));

        Assert.Equal(before, obj.ToJsonString());
        var written = Parse(json);
        var metadata = written["metadata"]!.AsObject();
        Assert.Equal(["labels", "name", "resourceVersion", "generation", "namespace", "uid", "creationTimestamp"], metadata.Select(p => p.Key));
        Assert.Equal("web", (string?)metadata["name"]);
        Assert.Equal("default", (string?)metadata["namespace"]);
        Assert.Equal("12", (string?)metadata["resourceVersion"]);
        Assert.Equal(1, (long)metadata["generation"]!);
        Assert.Equal("2026-12-03T10:00:00Z", (string?)metadata["creationTimestamp"]);
        Assert.True(Guid.TryParse((string?)metadata["uid"], out _));
        Assert.Equal(["kind", "metadata", "spec"], written.Select(p => p.Key));
    }

    [Theory]
    [InlineData("""{"metadata":{"uid":"given"}}""", true, "given")]
    [InlineData("""{"metadata":{"uid":7}}""", true, null)]
    [InlineData("""{"spec":{}}""", false, null)]
    public void Create_keeps_a_given_string_uid_and_adds_metadata_when_missing(string input, bool keepsGeneration, string? uid)
    {
        var written = Parse(Encoding.UTF8.GetString(ObjectMutations.Create(new ResourceKey("namespaces", "", "n"), Parse(input), 5, Now, keepsGeneration)));
        var metadata = written["metadata"]!.AsObject();
        Assert.Null(metadata["namespace"]);
        Assert.Equal(keepsGeneration, metadata.ContainsKey("generation"));
        if (uid is not null)
        {
            Assert.Equal(uid, (string?)metadata["uid"]);
        }
        else
        {
            Assert.True(Guid.TryParse((string?)metadata["uid"], out _));
        }
    }

    public static TheoryData<string, string, long?> Updates => new()
    {
        // name, the update (over Stored), the generation written (null: no write at all)
        { "unchanged", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","labels":{"a":"1"}},"spec":{"replicas":2,"paused":false},"status":{"readyReplicas":1}}""", null },
        { "unchanged, members reordered", """{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"labels":{"a":"1"}},"spec":{"paused":false,"replicas":2},"status":{"readyReplicas":1}}""", null },
        { "unchanged, pinned to the current version", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"resourceVersion":"7","labels":{"a":"1"}},"spec":{"replicas":2,"paused":false},"status":{"readyReplicas":1}}""", null },
        { "status changed", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"a":"1"}},"spec":{"replicas":2,"paused":false},"status":{"readyReplicas":2}}""", 3 },
        { "label changed", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"a":"2"}},"spec":{"replicas":2,"paused":false},"status":{"readyReplicas":1}}""", 3 },
        { "spec changed", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"a":"1"}},"spec":{"replicas":3,"paused":false},"status":{"readyReplicas":1}}""", 4 },
        { "spec member removed", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"a":"1"}},"spec":{"replicas":2},"status":{"readyReplicas":1}}""", 4 },
        { "top-level member added", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"a":"1"}},"spec":{"replicas":2,"paused":false},"data":{},"status":{"readyReplicas":1}}""", 4 },
        { "number written differently", """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"labels":{"a":"1"}},"spec":{"replicas":2.0,"paused":false},"status":{"readyReplicas":1}}""", null },
    };

    [Theory]
    [MemberData(nameof(Updates))]
    public void Update_bumps_generation_only_for_spec_changes_and_skips_no_op_writes(string name, string update, long? generation)
    {
        var obj = Parse(update);
        var before = obj.ToJsonString();

        var outcome = ObjectMutations.Update(Key, obj, Stored, 7, 8, tracksGeneration: true);

        Assert.Equal(before, obj.ToJsonString());
        if (generation is null)
        {
            Assert.True(outcome is null, name);
            return;
        }

        Assert.NotNull(outcome);
        Assert.False(outcome.Deleted);
        var metadata = Parse(Encoding.UTF8.GetString(outcome.Json))["metadata"]!.AsObject();
        Assert.Equal(generation, (long)metadata["generation"]!);
        Assert.Equal("8", (string?)metadata["resourceVersion"]);
        Assert.Equal("u-1", (string?)metadata["uid"]);
        Assert.Equal("2026-12-01T00:00:00Z", (string?)metadata["creationTimestamp"]);
        Assert.Equal("default", (string?)metadata["namespace"]);
    }

    [Fact]
    public void Update_compares_values_built_in_code_with_the_stored_json()
    {
        JsonObject Built(object replicas, bool paused, string label) => new()
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["a"] = label } },
            ["spec"] = new JsonObject { ["replicas"] = JsonValue.Create(replicas), ["paused"] = paused },
            ["status"] = new JsonObject { ["readyReplicas"] = 1L },
        };

        Assert.Null(ObjectMutations.Update(Key, Built(2, false, "1"), Stored, 7, 8, tracksGeneration: true));
        Assert.Null(ObjectMutations.Update(Key, Built(2.0m, false, "1"), Stored, 7, 8, tracksGeneration: true));
        Assert.NotNull(ObjectMutations.Update(Key, Built(2, true, "1"), Stored, 7, 8, tracksGeneration: true));
        Assert.NotNull(ObjectMutations.Update(Key, Built(2, false, "2"), Stored, 7, 8, tracksGeneration: true));
        Assert.NotNull(ObjectMutations.Update(Key, Built("2", false, "1"), Stored, 7, 8, tracksGeneration: true));
    }

    public static TheoryData<string, string, bool> NodeEqualityCases => new()
    {
        { """{"a":1,"b":[1,"x",null,{"c":true}]}""", """{"b":[1,"x",null,{"c":true}],"a":1}""", true },
        { """{"a":1}""", """{"a":1,"b":null}""", false },
        { """{"a":null}""", """{"a":null}""", true },
        { """{"a":[1,2]}""", """{"a":[2,1]}""", false },
        { """{"a":1e2}""", """{"a":100}""", true },
        { """{"a":"1"}""", """{"a":1}""", false },
        { """{"a":{}}""", """{"a":[]}""", false },
    };

    [Theory]
    [MemberData(nameof(NodeEqualityCases))]
    public void A_tree_and_a_stored_element_compare_as_json_values(string tree, string stored, bool same)
    {
        using var document = System.Text.Json.JsonDocument.Parse(stored);

        Assert.Equal(same, JsonNodeEquality.Same(Parse(tree), document.RootElement));
    }

    [Fact]
    public void Update_refuses_a_stale_resource_version_or_another_uid()
    {
        var stale = Assert.Throws<StoreException>(() => ObjectMutations.Update(Key, Parse("""{"metadata":{"resourceVersion":"6"}}"""), Stored, 7, 8, true));
        Assert.Equal(StoreErrorKind.Conflict, stale.Kind);
        var uid = Assert.Throws<StoreException>(() => ObjectMutations.Update(Key, Parse("""{"metadata":{"uid":"u-2"}}"""), Stored, 7, 8, true));
        Assert.Contains("UID in precondition: u-2, UID in object meta: u-1", uid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_cannot_change_owned_fields_and_drops_generation_where_it_is_not_tracked()
    {
        var obj = Parse("""{"metadata":{"name":"x","namespace":"y","uid":"","creationTimestamp":"1999-01-01T00:00:00Z","generation":40,"deletionTimestamp":"2000-01-01T00:00:00Z"},"spec":{"replicas":2,"paused":false}}""");

        var outcome = ObjectMutations.Update(Key, obj, Stored, 7, 8, tracksGeneration: false);

        var metadata = Parse(Encoding.UTF8.GetString(outcome!.Json))["metadata"]!.AsObject();
        Assert.Equal(["name", "namespace", "uid", "creationTimestamp", "resourceVersion"], metadata.Select(p => p.Key));
        Assert.Equal("web", (string?)metadata["name"]);
        Assert.Equal("u-1", (string?)metadata["uid"]);
        Assert.Equal("2026-12-01T00:00:00Z", (string?)metadata["creationTimestamp"]);
    }

    [Fact]
    public void Removing_the_last_finalizer_of_an_object_being_deleted_finishes_the_deletion()
    {
        var deleting = Encoding.UTF8.GetBytes("""{"metadata":{"name":"web","namespace":"default","uid":"u-1","deletionTimestamp":"2026-12-03T09:00:00Z","finalizers":["f"],"resourceVersion":"7"}}""");

        var kept = ObjectMutations.Update(Key, Parse("""{"metadata":{"finalizers":["f","g"]}}"""), deleting, 7, 8, false);
        var finished = ObjectMutations.Update(Key, Parse("""{"metadata":{"finalizers":[]}}"""), deleting, 7, 8, false);

        Assert.False(kept!.Deleted);
        Assert.Equal("2026-12-03T09:00:00Z", (string?)Parse(Encoding.UTF8.GetString(kept.Json))["metadata"]!["deletionTimestamp"]);
        Assert.True(finished!.Deleted);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
