using Karmada.Orleans.Abstractions.ControlPlane;
using Karmada.Orleans.Runtime;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Sql;

namespace Karmada.Orleans.Grains.ControlPlane;

public sealed class ControlPlaneGrain(IObjectStore store, SqlDialect dialect, GrainRuntime runtime, SiloClock clock) : Grain, IControlPlaneGrain
{
    public Task<ControlPlaneInfo> GetInfoAsync() => Task.FromResult(new ControlPlaneInfo(
        ControlPlaneVersion.GitVersion,
        dialect.Name,
        store.CurrentRevision,
        clock.StartedAt,
        runtime.ActivationCount));
}
