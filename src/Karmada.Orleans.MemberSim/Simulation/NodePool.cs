namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>Identical nodes a simulated cluster starts with.</summary>
public sealed record NodePool
{
    public int Count { get; init; } = 3;

    public string Cpu { get; init; } = "8";

    public string Memory { get; init; } = "32Gi";

    public int Pods { get; init; } = 110;

    public string InstanceType { get; init; } = "sim.standard";

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}
