using System.Text;
using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Storage.Tests;

public sealed class CurrentObjectCacheTests
{
    private static StoredObject Object(string name, long revision, int bytes = 100) =>
        new(Objects.Key(name), revision, Encoding.UTF8.GetBytes(new string('x', bytes)));

    [Fact]
    public void Keeps_the_latest_version_of_each_key()
    {
        var cache = new CurrentObjectCache(10_000);
        cache.Put(Object("a", 1));
        cache.Put(Object("a", 5));

        Assert.True(cache.TryGet(Objects.Key("a").StorageKey, out var hit));
        Assert.Equal(5, hit.Revision);
        Assert.Equal(1, cache.Count);
        Assert.Equal(100, cache.Bytes);
    }

    [Fact]
    public void Over_budget_the_least_recently_written_keys_leave_first()
    {
        var cache = new CurrentObjectCache(300);
        cache.Put(Object("a", 1));
        cache.Put(Object("b", 2));
        cache.Put(Object("c", 3));
        cache.Put(Object("a", 4)); // a is now the most recently written
        cache.Put(Object("d", 5));

        Assert.False(cache.TryGet(Objects.Key("b").StorageKey, out _));
        Assert.True(cache.TryGet(Objects.Key("a").StorageKey, out var a));
        Assert.Equal(4, a.Revision);
        Assert.True(cache.TryGet(Objects.Key("c").StorageKey, out _));
        Assert.True(cache.TryGet(Objects.Key("d").StorageKey, out _));
        Assert.Equal(300, cache.Bytes);
        Assert.Equal(3, cache.Count);

        cache.Remove(Objects.Key("a").StorageKey);
        cache.Remove(Objects.Key("b").StorageKey); // already evicted: nothing to count
        Assert.Equal(2, cache.Count);
        Assert.Equal(200, cache.Bytes);
    }

    [Fact]
    public void Removed_keys_miss_and_free_their_bytes()
    {
        var cache = new CurrentObjectCache(10_000);
        cache.Put(Object("a", 1));
        cache.Remove(Objects.Key("a").StorageKey);
        cache.Remove(Objects.Key("never").StorageKey);

        Assert.False(cache.TryGet(Objects.Key("a").StorageKey, out _));
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void A_zero_budget_caches_nothing()
    {
        var cache = new CurrentObjectCache(0);
        cache.Put(Object("a", 1));

        Assert.False(cache.TryGet(Objects.Key("a").StorageKey, out _));
    }

    [Fact]
    public void Rewriting_the_same_keys_many_times_keeps_the_queue_bounded_and_the_cache_exact()
    {
        var cache = new CurrentObjectCache(1_000_000);
        for (var revision = 1; revision <= 50_000; revision++)
        {
            cache.Put(Object($"k{revision % 10}", revision, 10));
        }

        Assert.Equal(10, cache.Count);
        Assert.Equal(100, cache.Bytes);
        Assert.True(cache.TryGet(Objects.Key("k0").StorageKey, out var k0));
        Assert.Equal(50_000, k0.Revision);
    }

    [Fact]
    public async Task A_store_whose_cache_evicts_still_reads_every_latest_version()
    {
        var dialect = await StoreBackends.NewSqliteAsync();
        await using var store = await SqlObjectStore.OpenAsync(dialect, new ObjectStoreOptions { CurrentObjectCacheBytes = 600 });
        for (var round = 1; round <= 3; round++)
        {
            for (var i = 0; i < 20; i++)
            {
                var key = Objects.Key($"d{i}");
                var obj = Objects.Deployment($"d{i}", replicas: round);
                if (round == 1)
                {
                    await store.CreateAsync(key, obj);
                }
                else
                {
                    await store.UpdateAsync(key, obj);
                }
            }
        }

        await store.DeleteAsync(Objects.Key("d19"));

        for (var i = 0; i < 19; i++)
        {
            var read = await store.GetAsync(Objects.Key($"d{i}"));
            Assert.Equal(3, read!.ToJsonObject()["spec"]!["replicas"]!.GetValue<int>());
        }

        Assert.Null(await store.GetAsync(Objects.Key("d19")));
    }
}
