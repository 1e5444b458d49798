using System.Text.Json.Nodes;
using Karmada.Orleans.Members.Dynamic;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.Dynamic;

public sealed class ResourceClientTests : IAsyncLifetime
{
    private static readonly GroupVersionResource ConfigMaps = new("", "v1", "configmaps");
    private FakeApiServer _server = null!;
    private KubernetesClusterClient _client = null!;

    private ResourceClient Cms => _client.Resource(ConfigMaps).Namespace("ns1");

    public async Task InitializeAsync()
    {
        _server = await FakeApiServer.StartAsync();
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Create_get_update_and_delete()
    {
        var created = await Cms.CreateAsync(ConfigMap("a", ("k", "v")), new WriteOptions { FieldManager = "karmada" });
        Assert.Equal("ns1", created.GetNamespace());
        Assert.NotNull(created.GetUid());

        var fetched = await Cms.GetAsync("a");
        fetched["data"]!["k"] = "v2";
        var updated = await Cms.UpdateAsync(fetched);
        Assert.Equal("v2", updated["data"]!["k"]!.GetValue<string>());
        Assert.NotEqual(created.GetResourceVersion(), updated.GetResourceVersion());

        var deleted = await Cms.DeleteAsync("a");
        Assert.Equal("Success", deleted["status"]!.GetValue<string>());
        Assert.Null(await Cms.TryGetAsync("a"));

        var post = _server.Requests.First(r => r.Method == "POST");
        Assert.Equal("/api/v1/namespaces/ns1/configmaps", post.Path);
        Assert.Equal("?fieldManager=karmada", post.Query);
        Assert.Equal("application/json", post.ContentType);
    }

    [Fact]
    public async Task Create_discarding_the_result_creates_and_still_reports_failures()
    {
        await Cms.CreateDiscardingResultAsync(ConfigMap("a", ("k", "v")), new WriteOptions { FieldManager = "karmada" });
        Assert.Equal("v", (await Cms.GetAsync("a"))["data"]!["k"]!.GetValue<string>());

        var exists = await Assert.ThrowsAsync<KubernetesAlreadyExistsException>(() => Cms.CreateDiscardingResultAsync(ConfigMap("a")));
        Assert.Contains("configmaps \"a\" already exists", exists.Message, StringComparison.Ordinal);
        var post = _server.Requests.First(r => r.Method == "POST");
        Assert.Equal("/api/v1/namespaces/ns1/configmaps", post.Path);
        Assert.Equal("?fieldManager=karmada", post.Query);
    }

    [Fact]
    public async Task Stale_update_is_a_typed_conflict()
    {
        var created = await Cms.CreateAsync(ConfigMap("a"));
        await Cms.PatchAsync("a", PatchType.Merge, new JsonObject { ["data"] = new JsonObject { ["x"] = "1" } });

        var error = await Assert.ThrowsAsync<KubernetesConflictException>(() => Cms.UpdateAsync(created));

        Assert.True(error.IsConflict);
        Assert.Equal("cluster \"fake\": PUT /api/v1/namespaces/ns1/configmaps/a: Conflict (409): Operation cannot be fulfilled on configmaps \"a\": the object has been modified; please apply your changes to the latest version and try again", error.Message);
    }

    [Fact]
    public async Task Duplicates_and_missing_objects_are_typed()
    {
        await Cms.CreateAsync(ConfigMap("a"));

        var exists = await Assert.ThrowsAsync<KubernetesAlreadyExistsException>(() => Cms.CreateAsync(ConfigMap("a")));
        var missing = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => Cms.GetAsync("nope"));

        Assert.Contains("configmaps \"a\" already exists", exists.Message, StringComparison.Ordinal);
        Assert.Equal("nope", missing.Status.Details!.Name);
    }

    [Fact]
    public async Task Patch_sends_each_patch_type_with_its_media_type()
    {
        await Cms.CreateAsync(ConfigMap("a", ("keep", "1"), ("drop", "2")));

        await Cms.PatchAsync("a", PatchType.Merge, new JsonObject { ["data"] = new JsonObject { ["drop"] = null, ["m"] = "merge" } });
        await Cms.PatchAsync("a", PatchType.StrategicMerge, new JsonObject { ["data"] = new JsonObject { ["s"] = "smp" } });
        var result = await Cms.PatchAsync("a", PatchType.Json, new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "/data/j", ["value"] = "json" }));

        Assert.Equal("""{"keep":"1","m":"merge","s":"smp","j":"json"}""", result["data"]!.ToJsonString());
        Assert.Equal(
            ["application/merge-patch+json", "application/strategic-merge-patch+json", "application/json-patch+json"],
            _server.Requests.Where(r => r.Method == "PATCH").Select(r => r.ContentType));
        await Assert.ThrowsAsync<ArgumentException>(() => Cms.PatchAsync("a", PatchType.Json, new JsonObject()));
    }

    [Fact]
    public async Task Server_side_apply_sends_apply_yaml_with_field_manager_and_force()
    {
        var applied = await Cms.ApplyAsync(ConfigMap("a", ("k", "v")), new ApplyOptions("karmada-execution") { Force = true });

        Assert.Equal("v", applied["data"]!["k"]!.GetValue<string>());
        var request = Assert.Single(_server.Requests, r => r.Method == "PATCH");
        Assert.Equal("/api/v1/namespaces/ns1/configmaps/a", request.Path);
        Assert.Equal("application/apply-patch+yaml", request.ContentType);
        Assert.Equal("karmada-execution", request.QueryValue("fieldManager"));
        Assert.Equal("true", request.QueryValue("force"));
        Assert.Equal("a", JsonNode.Parse(request.Body)!["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_sends_propagation_policy_and_checks_preconditions()
    {
        var created = await Cms.CreateAsync(ConfigMap("a"));

        var wrongUid = await Assert.ThrowsAsync<KubernetesConflictException>(() =>
            Cms.DeleteAsync("a", new DeleteOptions { Preconditions = new Preconditions(Uid: "not-the-uid") }));
        await Cms.DeleteAsync("a", new DeleteOptions { PropagationPolicy = PropagationPolicy.Foreground, Preconditions = new Preconditions(created.GetUid(), created.GetResourceVersion()) });

        Assert.Contains("the UID in the precondition (not-the-uid) does not match", wrongUid.Message, StringComparison.Ordinal);
        var body = JsonNode.Parse(_server.Requests.Last(r => r.Method == "DELETE").Body)!;
        Assert.Equal("DeleteOptions", body["kind"]!.GetValue<string>());
        Assert.Equal("Foreground", body["propagationPolicy"]!.GetValue<string>());
        Assert.Equal(created.GetUid(), body["preconditions"]!["uid"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_filters_by_label_and_fills_in_item_kinds()
    {
        await Cms.CreateAsync(Labeled(ConfigMap("a"), "app", "web"));
        await Cms.CreateAsync(Labeled(ConfigMap("b"), "app", "db"));
        await _client.Resource(ConfigMaps).Namespace("ns2").CreateAsync(Labeled(ConfigMap("c"), "app", "web"));

        var web = await Cms.ListAsync(new ListOptions { LabelSelector = "app=web" });
        var everywhere = await _client.Resource(ConfigMaps).ListAsync(new ListOptions { LabelSelector = "app=web" });

        var item = Assert.Single(web.Items);
        Assert.Equal(("a", "ConfigMap", "v1"), (item.GetName(), item.GetKind(), item.GetApiVersion()));
        Assert.Equal(["ns1/a", "ns2/c"], everywhere.Items.Select(i => $"{i.GetNamespace()}/{i.GetName()}"));
        Assert.Equal(_server.ConfigMaps.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), web.ResourceVersion);
        Assert.Equal("/api/v1/configmaps", _server.Requests.Last().Path);
    }

    [Fact]
    public async Task Paging_follows_continue_tokens()
    {
        for (var i = 0; i < 7; i++)
        {
            await Cms.CreateAsync(ConfigMap($"cm{i}"));
        }

        var first = await Cms.ListAsync(new ListOptions { Limit = 3 });
        var all = await Cms.ListAllAsync(pageSize: 3);
        var streamed = await Cms.EnumerateAsync(pageSize: 2).Select(o => o.GetName()).ToListAsync();
        var selected = await Cms.ListAllAsync(item => item.GetProperty("metadata").GetProperty("name").GetString(), pageSize: 3);

        Assert.Equal(3, first.Items.Count);
        Assert.NotNull(first.Continue);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"cm{i}"), all.Items.Select(o => o.GetName()));
        Assert.Null(all.Continue);
        Assert.Equal(all.Items.Select(o => o.GetName()), streamed);
        Assert.Equal(all.Items.Select(o => o.GetName()), selected);
        Assert.Equal(6, _server.Requests.Count(r => r.QueryValue("limit") == "3" && r.Method == "GET") - 1);
    }

    [Fact]
    public async Task An_expired_continue_token_falls_back_to_a_full_list()
    {
        for (var i = 0; i < 5; i++)
        {
            await Cms.CreateAsync(ConfigMap($"cm{i}"));
        }

        var compacted = false;
        _server.Intercept = (_, _) =>
        {
            if (!compacted && _server.Requests.Count(r => r.QueryValue("limit") == "2") == 1)
            {
                compacted = true;
                _server.ConfigMaps.Compact();
            }

            return Task.FromResult(false);
        };
        await Cms.CreateAsync(ConfigMap("later"));

        var all = await Cms.ListAllAsync(pageSize: 2);
        compacted = false;
        _server.Requests.Clear();
        var selected = await Cms.ListAllAsync(item => item.GetProperty("metadata").GetProperty("name").GetString(), pageSize: 2);

        Assert.Equal(6, all.Items.Count);
        Assert.Equal(all.Items.Select(o => o.GetName()).Order(StringComparer.Ordinal), selected.Order(StringComparer.Ordinal));
        Assert.Contains(_server.Requests, r => r.Method == "GET" && r.QueryValue("limit") is null && r.QueryValue("watch") is null);
    }

    [Fact]
    public async Task Scale_uses_the_scale_subresource()
    {
        await Cms.CreateAsync(ConfigMap("a"));

        await Assert.ThrowsAsync<KubernetesNotFoundException>(() => Cms.ScaleAsync("a", 3));

        var request = _server.Requests.Last();
        Assert.Equal("/api/v1/namespaces/ns1/configmaps/a/scale", request.Path);
        Assert.Equal("""{"spec":{"replicas":3}}""", request.Body);
    }

    [Fact]
    public async Task Objects_resolve_their_resource_through_the_mapper()
    {
        var manifest = ConfigMap("from-manifest");
        manifest.SetNamespace("ns3");

        var resource = await _client.Dynamic.ForObjectAsync(manifest);
        var applied = await _client.Dynamic.ApplyAsync(ConfigMap("defaulted"), new ApplyOptions("karmada"));
        var namespaces = await _client.Dynamic.ForKindAsync(new GroupVersionKind("", "v1", "Namespace"), "ignored");

        Assert.Equal(("configmaps", "ns3"), (resource.Resource.Resource, resource.NamespaceName));
        Assert.Equal("default", applied.GetNamespace());
        Assert.Null(namespaces.NamespaceName);
        Assert.Equal(ResourceScope.Cluster, namespaces.Scope);
    }

    [Fact]
    public async Task Writing_an_object_of_another_namespace_is_refused()
    {
        var other = ConfigMap("x");
        other.SetNamespace("ns2");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Cms.CreateAsync(other));

        Assert.Contains("ConfigMap ns2/x is in namespace \"ns2\" but this client writes to \"ns1\"", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => Cms.UpdateAsync(ConfigMap("")));
    }

    private static JsonObject ConfigMap(string name, params (string Key, string Value)[] data)
    {
        var obj = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = name } };
        if (data.Length > 0)
        {
            obj["data"] = new JsonObject(data.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)JsonValue.Create(d.Value))));
        }

        return obj;
    }

    private static JsonObject Labeled(JsonObject obj, string key, string value)
    {
        obj.EnsureMetadata()["labels"] = new JsonObject { [key] = value };
        return obj;
    }
}
