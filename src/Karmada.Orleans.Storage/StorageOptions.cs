namespace Karmada.Orleans.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the control plane keeps its data: an SQLite file (default) or PostgreSQL.</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Directory of the SQLite database (karmada.db) and other silo files.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Npgsql connection string when Provider is Postgres.</summary>
    public string? PostgresConnectionString { get; set; }
}
