using System.Reflection;

namespace Karmada.Orleans.Grains.ControlPlane;

public static class ControlPlaneVersion
{
    /// <summary>The product version of this build (not the Kubernetes API version it emulates).</summary>
    public static string GitVersion { get; } =
        typeof(ControlPlaneVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
