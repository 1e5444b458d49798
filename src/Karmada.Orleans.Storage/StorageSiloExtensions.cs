using Karmada.Orleans.Hosting;
using Karmada.Orleans.Storage.Grains;
using Karmada.Orleans.Storage.Sql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Storage;

public static class StorageSiloExtensions
{
    /// <summary>Opens the configured database (creating its schema) as the control plane's object store.</summary>
    public static Task<SqlObjectStore> OpenObjectStoreAsync(StorageOptions options, ObjectStoreOptions? storeOptions = null, TimeProvider? time = null, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        SqlDialect dialect = options.Provider switch
        {
            StorageProvider.Postgres => new PostgresDialect(options.PostgresConnectionString
                ?? throw new InvalidOperationException("PostgreSQL storage needs a connection string (--postgres or Storage:PostgresConnectionString).")),
            _ => new SqliteDialect(Path.Combine(Directory.CreateDirectory(options.DataDirectory).FullName, "karmada.db")),
        };
        return SqlObjectStore.OpenAsync(dialect, storeOptions, time, logger, cancellationToken);
    }

    /// <summary>Uses one database for everything durable: the object store, grain state and reminders.</summary>
    public static ISiloBuilder UseSqlStorage(this ISiloBuilder silo, SqlObjectStore store)
    {
        silo.Services.AddSingleton<IObjectStore>(store);
        silo.Services.AddSingleton(store.Dialect);
        silo.AddGrainStorage(GrainStorageNames.Default, _ => new SqlGrainStorage(store.Dialect));
        silo.Services.AddSingleton<IReminderTable>(new SqlReminderTable(store.Dialect));
        return silo;
    }
}
