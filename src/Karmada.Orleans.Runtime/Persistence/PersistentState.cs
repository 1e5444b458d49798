namespace Karmada.Orleans.Persistence;

internal sealed class PersistentState<T>(IGrainStorage storage, string stateName, GrainId grainId)
    : IPersistentState<T>, IPersistentStateLifecycle
{
    public T State { get; set; } = CreateDefault();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Task ReadStateAsync() => storage.ReadStateAsync(stateName, grainId, this);

    public Task WriteStateAsync() => storage.WriteStateAsync(stateName, grainId, this);

    public async Task ClearStateAsync()
    {
        await storage.ClearStateAsync(stateName, grainId, this);
        State = CreateDefault();
    }

    internal static T CreateDefault() =>
        typeof(T).IsValueType || typeof(T).GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance<T>() : default!;
}
