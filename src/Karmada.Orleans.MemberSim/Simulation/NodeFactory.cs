using System.Text.Json.Nodes;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>The Node objects a simulated cluster starts with, shaped like a kubelet registers them.</summary>
public static class NodeFactory
{
    public static JsonObject Create(string name, NodePool pool, string region, string zone, string kubeletVersion, int index, DateTimeOffset now)
    {
        var labels = new JsonObject
        {
            ["kubernetes.io/hostname"] = name,
            ["kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = "amd64",
            ["beta.kubernetes.io/os"] = "linux",
            ["beta.kubernetes.io/arch"] = "amd64",
            ["node.kubernetes.io/instance-type"] = pool.InstanceType,
            ["topology.kubernetes.io/region"] = region,
            ["topology.kubernetes.io/zone"] = zone,
        };
        foreach (var (key, value) in pool.Labels)
        {
            labels[key] = value;
        }

        var capacity = new JsonObject
        {
            ["cpu"] = pool.Cpu,
            ["memory"] = pool.Memory,
            ["pods"] = pool.Pods.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ephemeral-storage"] = "100Gi",
        };
        var time = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Node",
            ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = labels },
            ["spec"] = new JsonObject { ["podCIDR"] = $"10.244.{index}.0/24", ["providerID"] = $"membersim://{name}" },
            ["status"] = new JsonObject
            {
                ["capacity"] = capacity,
                ["allocatable"] = capacity.DeepClone(),
                ["conditions"] = new JsonArray(
                    Condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", time),
                    Condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", time),
                    Condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", time),
                    Condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", time)),
                ["addresses"] = new JsonArray(
                    new JsonObject { ["type"] = "InternalIP", ["address"] = $"172.20.{index / 250}.{(index % 250) + 2}" },
                    new JsonObject { ["type"] = "Hostname", ["address"] = name }),
                ["nodeInfo"] = new JsonObject
                {
                    ["kubeletVersion"] = kubeletVersion,
                    ["kubeProxyVersion"] = kubeletVersion,
                    ["operatingSystem"] = "linux",
                    ["architecture"] = "amd64",
                    ["containerRuntimeVersion"] = "containerd://1.7.0",
                    ["osImage"] = "Karmada.Orleans member simulator",
                    ["kernelVersion"] = "6.1.0",
                    ["machineID"] = "",
                    ["systemUUID"] = "",
                    ["bootID"] = "",
                },
            },
        };
    }

    private static JsonObject Condition(string type, string status, string reason, string message, string time) => new()
    {
        ["type"] = type,
        ["status"] = status,
        ["reason"] = reason,
        ["message"] = message,
        ["lastHeartbeatTime"] = time,
        ["lastTransitionTime"] = time,
    };
}
