using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Karmada.Orleans.Storage.Selectors;
using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Storage.Tests;

/// <summary>The behaviour every object store backend must have; run against SQLite, PostgreSQL and memory.</summary>
public abstract class ObjectStoreContract : IAsyncLifetime
{
    protected List<IObjectStore> Open { get; } = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in Open)
        {
            await store.DisposeAsync();
        }
    }

    protected abstract Task<IObjectStore> CreateStoreAsync();

    protected async Task<IObjectStore> OpenAsync()
    {
        var store = await CreateStoreAsync();
        Open.Add(store);
        return store;
    }

    [Fact]
    public async Task Create_sets_identity_and_the_global_revision_as_resourceVersion()
    {
        var store = await OpenAsync();

        var a = await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a"));
        var b = await store.CreateAsync(Objects.Key("b"), Objects.Deployment("b"));

        Assert.Equal(a.Revision + 1, b.Revision);
        Assert.Equal(b.Revision.ToString(CultureInfo.InvariantCulture), b.Rv());
        Assert.Equal(b.Revision, store.CurrentRevision);
        Assert.True(Guid.TryParse(a.Meta("uid")!.GetValue<string>(), out _));
        Assert.Equal(1, a.Meta("generation")!.GetValue<long>());
        Assert.Equal("default", a.Meta("namespace")!.GetValue<string>());
        Assert.NotNull(a.Meta("creationTimestamp"));
        Assert.Equal(a.Json.ToArray(), (await store.GetAsync(Objects.Key("a")))!.Json.ToArray());
    }

    [Fact]
    public async Task Create_of_an_existing_object_fails_and_objects_without_generation_get_none()
    {
        var store = await OpenAsync();
        await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a"));

        var error = await Assert.ThrowsAsync<StoreException>(() => store.CreateAsync(Objects.Key("a"), Objects.Deployment("a")));
        var configMap = await store.CreateAsync(Objects.Key("cm", resource: "configmaps"), new JsonObject { ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["k"] = "v" } });

        Assert.Equal(StoreErrorKind.AlreadyExists, error.Kind);
        Assert.Equal("deployments.apps \"a\" already exists", error.Message);
        Assert.Null(configMap.Meta("generation"));
        Assert.Null(await store.GetAsync(Objects.Key("missing")));
    }

    [Fact]
    public async Task Update_with_a_stale_resourceVersion_conflicts_and_writes_nothing()
    {
        var store = await OpenAsync();
        var created = await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a"));
        var first = created.ToJsonObject();
        first["spec"]!["replicas"] = 2;
        await store.UpdateAsync(Objects.Key("a"), first);

        var stale = created.ToJsonObject();
        stale["spec"]!["replicas"] = 3;
        var error = await Assert.ThrowsAsync<StoreException>(() => store.UpdateAsync(Objects.Key("a"), stale));

        Assert.Equal(StoreErrorKind.Conflict, error.Kind);
        Assert.Contains("the object has been modified", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await store.GetAsync(Objects.Key("a")))!.ToJsonObject()["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_keeps_identity_bumps_generation_only_on_spec_changes_and_skips_no_op_writes()
    {
        var store = await OpenAsync();
        var created = await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a"));

        var labelled = created.ToJsonObject();
        labelled["metadata"]!["labels"] = new JsonObject { ["x"] = "y" };
        labelled["metadata"]!["uid"] = null;
        labelled["metadata"]!["resourceVersion"] = null;
        var afterLabel = await store.UpdateAsync(Objects.Key("a"), labelled);

        var statusChange = afterLabel.ToJsonObject();
        statusChange["status"] = new JsonObject { ["readyReplicas"] = 1 };
        var afterStatus = await store.UpdateAsync(Objects.Key("a"), statusChange);

        var specChange = afterStatus.ToJsonObject();
        specChange["spec"]!["replicas"] = 5;
        var afterSpec = await store.UpdateAsync(Objects.Key("a"), specChange);

        var noOp = await store.UpdateAsync(Objects.Key("a"), afterSpec.ToJsonObject());

        Assert.Equal(created.Meta("uid")!.GetValue<string>(), afterSpec.Meta("uid")!.GetValue<string>());
        Assert.Equal(created.Meta("creationTimestamp")!.GetValue<string>(), afterSpec.Meta("creationTimestamp")!.GetValue<string>());
        Assert.Equal([1L, 1L, 2L], new[] { afterLabel, afterStatus, afterSpec }.Select(o => o.Meta("generation")!.GetValue<long>()));
        Assert.Equal(afterSpec.Revision, noOp.Revision);
        Assert.Equal(afterSpec.Revision, store.CurrentRevision);
    }

    [Fact]
    public async Task Delete_with_finalizers_marks_the_object_and_removing_the_last_finalizer_deletes_it()
    {
        var store = await OpenAsync();
        await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a", finalizers: ["karmada.io/test"]));
        var watch = CollectAsync(store.WatchAsync("deployments.apps", new WatchOptions { FromRevision = store.CurrentRevision }), 2);

        var marked = await store.DeleteAsync(Objects.Key("a"));
        var again = await store.DeleteAsync(Objects.Key("a"));
        var withoutFinalizers = marked.Object.ToJsonObject();
        withoutFinalizers["metadata"]!["finalizers"] = new JsonArray();
        var gone = await store.UpdateAsync(Objects.Key("a"), withoutFinalizers);

        Assert.False(marked.Deleted);
        Assert.NotNull(marked.Object.Meta("deletionTimestamp"));
        Assert.Equal(marked.Object.Revision, again.Object.Revision);
        Assert.Null(await store.GetAsync(Objects.Key("a")));
        Assert.Equal([(WatchEventType.Modified, marked.Object.Revision), (WatchEventType.Deleted, gone.Revision)], (await watch).Select(e => (e.Type, e.Revision)));
        Assert.Equal(StoreErrorKind.NotFound, (await Assert.ThrowsAsync<StoreException>(() => store.DeleteAsync(Objects.Key("a")))).Kind);
    }

    [Fact]
    public async Task Delete_preconditions_on_uid_and_resourceVersion_are_enforced()
    {
        var store = await OpenAsync();
        var created = await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a"));

        var wrongUid = await Assert.ThrowsAsync<StoreException>(() => store.DeleteAsync(Objects.Key("a"), new DeletePreconditions(Uid: "other")));
        var deleted = await store.DeleteAsync(Objects.Key("a"), new DeletePreconditions(created.Meta("uid")!.GetValue<string>(), created.Revision));

        Assert.Equal(StoreErrorKind.Conflict, wrongUid.Kind);
        Assert.True(deleted.Deleted);
    }

    [Fact]
    public async Task List_filters_by_namespace_label_and_field_selectors_in_key_order()
    {
        var store = await OpenAsync();
        await store.CreateAsync(Objects.Key("web", "prod"), Objects.Deployment("web", labels: new() { ["tier"] = "web", ["env"] = "prod" }));
        await store.CreateAsync(Objects.Key("api", "prod"), Objects.Deployment("api", labels: new() { ["tier"] = "api", ["env"] = "prod" }));
        await store.CreateAsync(Objects.Key("web", "dev"), Objects.Deployment("web", labels: new() { ["tier"] = "web" }));
        await store.CreateAsync(Objects.Key("cm", "prod", "configmaps"), new JsonObject { ["metadata"] = new JsonObject() });

        static string[] Names(ListResult r) => r.Items.Select(i => i.Key.ToString()).ToArray();

        Assert.Equal(["deployments.apps/dev/web", "deployments.apps/prod/api", "deployments.apps/prod/web"], Names(await store.ListAsync("deployments.apps", new ListOptions())));
        Assert.Equal(["deployments.apps/prod/api", "deployments.apps/prod/web"], Names(await store.ListAsync("deployments.apps", new ListOptions { Namespace = "prod" })));
        Assert.Equal(["deployments.apps/dev/web", "deployments.apps/prod/web"], Names(await store.ListAsync("deployments.apps", new ListOptions { LabelSelector = LabelSelector.Parse("tier in (web)") })));
        Assert.Equal(["deployments.apps/dev/web"], Names(await store.ListAsync("deployments.apps", new ListOptions { LabelSelector = LabelSelector.Parse("tier=web,!env") })));
        Assert.Equal(["deployments.apps/prod/web"], Names(await store.ListAsync("deployments.apps", new ListOptions { FieldSelector = FieldSelector.Parse("metadata.name=web,metadata.namespace=prod") })));
        Assert.Equal(["deployments.apps/dev/web", "deployments.apps/prod/web"], Names(await store.ListAsync("deployments.apps", new ListOptions { FieldSelector = FieldSelector.Parse("metadata.name!=api") })));
    }

    [Fact]
    public async Task List_shows_only_the_listed_resource_in_key_order_after_deletes_and_recreates()
    {
        var store = await OpenAsync();
        foreach (var name in new[] { "c", "a", "b" })
        {
            await store.CreateAsync(Objects.Key(name, "ns"), Objects.Deployment(name));
        }

        await store.CreateAsync(Objects.Key("a", "ns", "configmaps"), new JsonObject { ["metadata"] = new JsonObject() });
        await store.DeleteAsync(Objects.Key("b", "ns"));
        await store.CreateAsync(Objects.Key("b", "ns"), Objects.Deployment("b"));
        await store.DeleteAsync(Objects.Key("c", "ns"));

        static string[] Names(ListResult r) => r.Items.Select(i => i.Key.ToString()).ToArray();

        Assert.Equal(["deployments.apps/ns/a", "deployments.apps/ns/b"], Names(await store.ListAsync("deployments.apps", new ListOptions())));
        Assert.Equal(["configmaps/ns/a"], Names(await store.ListAsync("configmaps", new ListOptions { Namespace = "ns" })));
        var first = await store.ListAsync("deployments.apps", new ListOptions { Limit = 1 });
        Assert.Equal(["deployments.apps/ns/a"], Names(first));
        var second = await store.ListAsync("deployments.apps", new ListOptions { Limit = 1, Continue = first.Continue });
        Assert.Equal(["deployments.apps/ns/b"], Names(second));
        Assert.Null(second.Continue);
    }

    [Fact]
    public async Task Continue_tokens_page_through_one_consistent_revision_despite_later_writes()
    {
        var store = await OpenAsync();
        for (var i = 0; i < 10; i++)
        {
            await store.CreateAsync(Objects.Key($"d{i}"), Objects.Deployment($"d{i}", replicas: i));
        }

        var page1 = await store.ListAsync("deployments.apps", new ListOptions { Limit = 4 });
        await store.DeleteAsync(Objects.Key("d6"));
        await store.CreateAsync(Objects.Key("d55"), Objects.Deployment("d55"));
        var changed = (await store.GetAsync(Objects.Key("d8")))!.ToJsonObject();
        changed["spec"]!["replicas"] = 80;
        await store.UpdateAsync(Objects.Key("d8"), changed);
        var page2 = await store.ListAsync("deployments.apps", new ListOptions { Limit = 4, Continue = page1.Continue });
        var page3 = await store.ListAsync("deployments.apps", new ListOptions { Limit = 4, Continue = page2.Continue });

        Assert.Equal(["d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9"], page1.Items.Concat(page2.Items).Concat(page3.Items).Select(i => i.Key.Name));
        Assert.All(new[] { page2, page3 }, p => Assert.Equal(page1.Revision, p.Revision));
        Assert.Equal(8, page3.Items.Single(i => i.Key.Name == "d8").ToJsonObject()["spec"]!["replicas"]!.GetValue<int>());
        Assert.Null(page3.Continue);
        Assert.Equal(10, (await store.ListAsync("deployments.apps", new ListOptions())).Items.Count);
    }

    [Fact]
    public async Task List_then_watch_sees_every_change_exactly_once_while_eight_writers_write()
    {
        var store = await OpenAsync();
        const int writers = 8;
        const int perWriter = 60;
        var start = new TaskCompletionSource();
        var writing = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < perWriter; i++)
            {
                var key = Objects.Key($"w{w}-{i % 10}");
                var existing = await store.GetAsync(key);
                if (existing is null)
                {
                    await store.CreateAsync(key, Objects.Deployment(key.Name, i));
                }
                else if (i % 7 == 0)
                {
                    await store.DeleteAsync(key);
                }
                else
                {
                    var next = existing.ToJsonObject();
                    next["spec"]!["replicas"] = i;
                    next["metadata"]!.AsObject().Remove("resourceVersion");
                    await store.UpdateAsync(key, next);
                }
            }
        })).ToArray();

        start.SetResult();
        await Task.Delay(5);
        var list = await store.ListAsync("deployments.apps", new ListOptions());
        var state = list.Items.ToDictionary(i => i.Key.Name, i => i.Revision);
        var seen = new List<long>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var watching = Task.Run(async () =>
        {
            await foreach (var e in store.WatchAsync("deployments.apps", new WatchOptions { FromRevision = list.Revision }, cancel.Token))
            {
                seen.Add(e.Revision);
                if (e.Type == WatchEventType.Deleted)
                {
                    state.Remove(e.Object!.Key.Name);
                }
                else
                {
                    state[e.Object!.Key.Name] = e.Revision;
                }

                if (e.Object.Key.Name == "last")
                {
                    return;
                }
            }
        });
        await Task.WhenAll(writing);
        await store.CreateAsync(Objects.Key("last"), Objects.Deployment("last"));
        await watching.WaitAsync(TimeSpan.FromSeconds(60));

        var final = (await store.ListAsync("deployments.apps", new ListOptions())).Items.ToDictionary(i => i.Key.Name, i => i.Revision);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.OrderBy(r => r), seen);
        Assert.Equal(Enumerable.Range((int)list.Revision + 1, (int)(store.CurrentRevision - list.Revision)).Select(r => (long)r), seen);
        Assert.Equal(final.OrderBy(kv => kv.Key), state.OrderBy(kv => kv.Key));
    }

    [Fact]
    public async Task Watching_or_continuing_from_before_the_compacted_revision_is_gone()
    {
        var store = await OpenAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.CreateAsync(Objects.Key($"d{i}"), Objects.Deployment($"d{i}"));
        }

        var page = await store.ListAsync("deployments.apps", new ListOptions { Limit = 2 });
        var early = page.Revision - 3;
        var twice = (await store.GetAsync(Objects.Key("d0")))!.ToJsonObject();
        twice["spec"]!["replicas"] = 9;
        await store.UpdateAsync(Objects.Key("d0"), twice);
        await store.CompactAsync(store.CurrentRevision);

        var watchError = await Assert.ThrowsAsync<StoreException>(async () => await CollectAsync(store.WatchAsync("deployments.apps", new WatchOptions { FromRevision = early }), 1));
        var continueError = await Assert.ThrowsAsync<StoreException>(() => store.ListAsync("deployments.apps", new ListOptions { Limit = 2, Continue = page.Continue }));

        Assert.Equal(StoreErrorKind.Expired, watchError.Kind);
        Assert.StartsWith("too old resource version", watchError.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrorKind.Expired, continueError.Kind);
        Assert.Equal(5, (await store.ListAsync("deployments.apps", new ListOptions())).Items.Count);
        Assert.Equal(9, (await store.GetAsync(Objects.Key("d0")))!.ToJsonObject()["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public async Task Idle_watches_receive_bookmarks_at_the_current_revision()
    {
        var store = await OpenAsync();
        await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a"));
        await store.CreateAsync(Objects.Key("cm", resource: "configmaps"), new JsonObject { ["metadata"] = new JsonObject() });

        var events = await CollectAsync(store.WatchAsync("deployments.apps", new WatchOptions { BookmarkInterval = TimeSpan.FromMilliseconds(50) }), 1);

        Assert.Equal(WatchEventType.Bookmark, events[0].Type);
        Assert.Equal(store.CurrentRevision, events[0].Revision);
    }

    [Fact]
    public async Task Watch_with_a_selector_reports_objects_entering_and_leaving_it()
    {
        var store = await OpenAsync();
        var created = await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a", labels: new() { ["app"] = "x" }));
        var watch = CollectAsync(store.WatchAsync("deployments.apps", new WatchOptions { FromRevision = created.Revision, LabelSelector = LabelSelector.Parse("app=y") }), 2);

        var toY = created.ToJsonObject();
        toY["metadata"]!["labels"]!["app"] = "y";
        var entered = await store.UpdateAsync(Objects.Key("a"), toY);
        var toZ = entered.ToJsonObject();
        toZ["metadata"]!["labels"]!["app"] = "z";
        var left = await store.UpdateAsync(Objects.Key("a"), toZ);

        Assert.Equal([(WatchEventType.Added, entered.Revision), (WatchEventType.Deleted, left.Revision)], (await watch).Select(e => (e.Type, e.Revision)));
    }

    [Fact]
    public async Task Concurrent_writers_get_unique_increasing_revisions()
    {
        var store = await OpenAsync();
        var revisions = new ConcurrentBag<long>();

        await Task.WhenAll(Enumerable.Range(0, 64).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                revisions.Add((await store.CreateAsync(Objects.Key($"w{w}-{i}"), Objects.Deployment("x"))).Revision);
            }
        })));

        Assert.Equal(1280, revisions.Distinct().Count());
        Assert.Equal(1280, store.CurrentRevision);
    }

    protected static async Task<List<WatchEvent>> CollectAsync(IAsyncEnumerable<WatchEvent> events, int count)
    {
        var result = new List<WatchEvent>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await foreach (var e in events.WithCancellation(cancel.Token))
        {
            result.Add(e);
            if (result.Count == count)
            {
                break;
            }
        }

        return result;
    }
}

/// <summary>The SQL backends, which must also be durable.</summary>
public abstract class SqlObjectStoreContract : ObjectStoreContract
{
    protected SqlDialect Dialect { get; private set; } = null!;

    protected abstract Task<SqlDialect> CreateDialectAsync();

    public override async Task InitializeAsync() => Dialect = await CreateDialectAsync();

    protected override async Task<IObjectStore> CreateStoreAsync() =>
        await SqlObjectStore.OpenAsync(Dialect, new ObjectStoreOptions { CompactionInterval = TimeSpan.Zero });

    [Fact]
    public async Task Data_and_the_revision_survive_a_restart()
    {
        var store = await OpenAsync();
        await store.CreateAsync(Objects.Key("a"), Objects.Deployment("a"));
        var deleted = await store.CreateAsync(Objects.Key("b"), Objects.Deployment("b"));
        await store.DeleteAsync(Objects.Key("b"));
        var revision = store.CurrentRevision;
        await store.DisposeAsync();
        Open.Remove(store);

        var reopened = await OpenAsync();
        var next = await reopened.CreateAsync(Objects.Key("c"), Objects.Deployment("c"));

        Assert.NotNull(await reopened.GetAsync(Objects.Key("a")));
        Assert.Null(await reopened.GetAsync(Objects.Key("b")));
        Assert.Equal(revision + 1, next.Revision);
        Assert.True(next.Revision > deleted.Revision);
    }
}

public sealed class SqliteObjectStoreTests : SqlObjectStoreContract
{
    protected override Task<SqlDialect> CreateDialectAsync() => StoreBackends.NewSqliteAsync();
}

public sealed class PostgresObjectStoreTests : SqlObjectStoreContract
{
    protected override Task<SqlDialect> CreateDialectAsync() => StoreBackends.NewPostgresAsync();
}

public sealed class MemoryObjectStoreTests : ObjectStoreContract
{
    protected override Task<IObjectStore> CreateStoreAsync() => Task.FromResult<IObjectStore>(new Karmada.Orleans.Storage.Memory.MemoryObjectStore());
}
