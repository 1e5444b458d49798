namespace Karmada.Orleans;

/// <summary>Returns references to grains. References are cheap, can be held anywhere and activate the grain on first call.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
