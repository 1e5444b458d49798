namespace Karmada.Orleans;

/// <summary>A grain state storage provider. Implementations must honour the ETag contract.</summary>
public interface IGrainStorage
{
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Writes when the stored ETag equals grainState.ETag (null: no record), then sets the new ETag.</summary>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);
}
