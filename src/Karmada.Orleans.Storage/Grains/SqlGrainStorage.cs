using Karmada.Orleans.Persistence;
using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Storage.Grains;

/// <summary>
/// Grain state in the control plane's database. Each write is conditional on the ETag the grain read,
/// so a stale activation (for example on the losing side of a split brain) fails instead of overwriting.
/// </summary>
public sealed class SqlGrainStorage(SqlDialect dialect) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await dialect.OpenAsync();
        await using var command = connection.Command("SELECT etag, data FROM grain_state WHERE grain_id = @g AND state_name = @s")
            .With("@g", grainId.ToString()).With("@s", stateName);
        await using var reader = await command.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            grainState.ETag = reader.GetString(0);
            grainState.State = GrainStateSerializer.Deserialize<T>((byte[])reader[1]);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.State = Activator.CreateInstance<T>();
            grainState.RecordExists = false;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var etag = Guid.NewGuid().ToString("n");
        var data = GrainStateSerializer.Serialize(grainState.State);
        await using var connection = await dialect.OpenAsync();
        await using var command = grainState.ETag is null
            ? connection.Command("INSERT INTO grain_state (grain_id, state_name, etag, data) VALUES (@g, @s, @e, @d) ON CONFLICT (grain_id, state_name) DO NOTHING")
            : connection.Command("UPDATE grain_state SET etag = @e, data = @d WHERE grain_id = @g AND state_name = @s AND etag = @old").With("@old", grainState.ETag);
        command.With("@g", grainId.ToString()).With("@s", stateName).With("@e", etag).With("@d", data);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InconsistentStateException($"{grainId}:{stateName}", await ReadETagAsync(stateName, grainId), grainState.ETag);
        }

        grainState.ETag = etag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (grainState.ETag is null)
        {
            return;
        }

        await using var connection = await dialect.OpenAsync();
        await using var command = connection.Command("DELETE FROM grain_state WHERE grain_id = @g AND state_name = @s AND etag = @old")
            .With("@g", grainId.ToString()).With("@s", stateName).With("@old", grainState.ETag);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InconsistentStateException($"{grainId}:{stateName}", await ReadETagAsync(stateName, grainId), grainState.ETag);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task<string?> ReadETagAsync(string stateName, GrainId grainId)
    {
        await using var connection = await dialect.OpenAsync();
        await using var command = connection.Command("SELECT etag FROM grain_state WHERE grain_id = @g AND state_name = @s")
            .With("@g", grainId.ToString()).With("@s", stateName);
        return await command.ExecuteScalarAsync() as string;
    }
}
