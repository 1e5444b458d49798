using Karmada.Orleans.Hosting;
using Karmada.Orleans.Storage.Grains;
using Karmada.Orleans.Storage.Sql;
using Karmada.Orleans.TestingHost;

namespace Karmada.Orleans.Storage.Tests;

public interface IPersistedCounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();
}

public sealed class PersistedCount
{
    public int Value { get; set; }
}

public sealed class PersistedCounterGrain([PersistentState("count")] IPersistentState<PersistedCount> state) : Grain, IPersistedCounterGrain
{
    public async Task<int> IncrementAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }
}

/// <summary>Grain state and reminders kept in the control plane's database, on both backends.</summary>
public abstract class GrainPersistenceContract
{
    protected abstract Task<SqlDialect> CreateDialectAsync();

    [Fact]
    public async Task State_written_by_one_silo_is_read_by_the_next_one_over_the_same_database()
    {
        var dialect = await CreateDialectAsync();
        await using var store = await SqlObjectStore.OpenAsync(dialect);

        await using (var first = await InProcessTestCluster.StartAsync(silo => silo.AddGrain<PersistedCounterGrain>().UseSqlStorage(store)))
        {
            await first.GrainFactory.GetGrain<IPersistedCounterGrain>("a").IncrementAsync();
            await first.GrainFactory.GetGrain<IPersistedCounterGrain>("a").IncrementAsync();
        }

        await using var second = await InProcessTestCluster.StartAsync(silo => silo.AddGrain<PersistedCounterGrain>().UseSqlStorage(store));
        Assert.Equal(3, await second.GrainFactory.GetGrain<IPersistedCounterGrain>("a").IncrementAsync());
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_rejected_by_the_database()
    {
        var storage = new SqlGrainStorage((await SqlObjectStore.OpenAsync(await CreateDialectAsync())).Dialect);
        var id = new GrainId("counter", "x");
        var a = new TestState();
        var b = new TestState();
        await storage.ReadStateAsync("s", id, a);
        await storage.ReadStateAsync("s", id, b);
        a.State = 1;
        await storage.WriteStateAsync("s", id, a);

        b.State = 2;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", id, b));
        var fresh = new TestState();
        await storage.ReadStateAsync("s", id, fresh);
        Assert.Equal(1, fresh.State);

        await storage.ClearStateAsync("s", id, a);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("s", id, fresh));
    }

    [Fact]
    public async Task Reminders_round_trip_through_the_table()
    {
        var table = new SqlReminderTable((await SqlObjectStore.OpenAsync(await CreateDialectAsync())).Dialect);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(1_800_000_000_000);
        await table.UpsertAsync(new ReminderEntry(new GrainId("g", "k/1"), "r", start, TimeSpan.FromMinutes(2)));
        await table.UpsertAsync(new ReminderEntry(new GrainId("g", "k/1"), "r", start, TimeSpan.FromMinutes(3)));

        Assert.Equal([new ReminderEntry(new GrainId("g", "k/1"), "r", start, TimeSpan.FromMinutes(3))], await table.ReadAllAsync());
        Assert.True(await table.RemoveAsync(new GrainId("g", "k/1"), "r"));
        Assert.Empty(await table.ReadAllAsync());
    }

    private sealed class TestState : IGrainState<int>
    {
        public int State { get; set; }

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}

public sealed class SqliteGrainPersistenceTests : GrainPersistenceContract
{
    protected override Task<SqlDialect> CreateDialectAsync() => StoreBackends.NewSqliteAsync();
}

public sealed class PostgresGrainPersistenceTests : GrainPersistenceContract
{
    protected override Task<SqlDialect> CreateDialectAsync() => StoreBackends.NewPostgresAsync();
}
