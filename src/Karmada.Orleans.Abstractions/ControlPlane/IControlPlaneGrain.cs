namespace Karmada.Orleans.Abstractions.ControlPlane;

/// <summary>Facts about the running control plane, for operators and other services. Key: "local".</summary>
public interface IControlPlaneGrain : IGrainWithStringKey
{
    Task<ControlPlaneInfo> GetInfoAsync();
}
