using System.Text.Json.Nodes;
using static Karmada.Orleans.ApiServer.Tables.JsonNodeAccessor;

namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>The columns kube-apiserver prints for the built-in kinds this API serves.</summary>
public static class BuiltinPrinters
{
    private static readonly TableColumn Name = ColumnPrinter.NameColumn;
    private static readonly TableColumn Age = new("Age", "string", "CreationTimestamp is a timestamp representing the server time when this object was created.");

    private static TableColumn S(string name, string description = "", int priority = 0) => new(name, "string", description, priority);

    private static TableColumn I(string name, string description = "", int priority = 0) => new(name, "integer", description, priority);

    private static string NameOf(JsonNodeAccessor o) => o.String("metadata", "name") ?? "";

    public static ITablePrinter Default { get; } = new DelegatePrinter([Name, Age], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        return [NameOf(o), HumanDuration.Age(o, now)];
    });

    public static ITablePrinter Namespace { get; } = new DelegatePrinter([Name, S("Status", "The status of the namespace"), Age], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        return [NameOf(o), o.String("status", "phase") ?? "Active", HumanDuration.Age(o, now)];
    });

    public static ITablePrinter ConfigMap { get; } = new DelegatePrinter([Name, I("Data", "Data contains the configuration data."), Age], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        return [NameOf(o), o.Object("data").Count + o.Object("binaryData").Count, HumanDuration.Age(o, now)];
    });

    public static ITablePrinter Secret { get; } = new DelegatePrinter([Name, S("Type", "The type of the secret"), I("Data", "The number of data entries"), Age], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        return [NameOf(o), o.String("type") ?? "Opaque", o.Object("data").Count + o.Object("stringData").Count, HumanDuration.Age(o, now)];
    });

    public static ITablePrinter Service { get; } = new DelegatePrinter(
        [Name, S("Type", "The type of the service"), S("Cluster-IP", "The IP address of the service"), S("External-IP", "The external IP addresses"), S("Port(s)", "The ports of the service"), Age, S("Selector", "Route service traffic to pods with matching labels", 1)],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var type = o.String("spec", "type") ?? "ClusterIP";
            var ports = o.Array("spec", "ports").OfType<JsonObject>().Select(p =>
            {
                var port = new JsonNodeAccessor(p);
                var node = port.Long("nodePort") is { } np ? $":{np}" : "";
                return $"{port.LongOr0("port")}{node}/{port.String("protocol") ?? "TCP"}";
            }).ToList();
            var external = type switch
            {
                "LoadBalancer" => Join(o.Array("status", "loadBalancer", "ingress").OfType<JsonObject>().Select(i => i["ip"]?.GetValue<string>() ?? i["hostname"]?.GetValue<string>())) is { Length: > 0 } lb ? lb : "<pending>",
                "ExternalName" => o.String("spec", "externalName") ?? "<none>",
                _ => Join(o.Array("spec", "externalIPs").Select(Scalar)) is { Length: > 0 } ips ? ips : "<none>",
            };
            return [NameOf(o), type, o.String("spec", "clusterIP") ?? "<none>", external, ports.Count == 0 ? "<none>" : string.Join(",", ports), HumanDuration.Age(o, now), Selector(o.Node("spec", "selector") as JsonObject)];
        });

    public static ITablePrinter ServiceAccount { get; } = new DelegatePrinter([Name, I("Secrets", "Secrets is the list of secrets allowed to be used by pods running using this ServiceAccount"), Age], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        return [NameOf(o), o.Array("secrets").Count, HumanDuration.Age(o, now)];
    });

    public static ITablePrinter Endpoints { get; } = new DelegatePrinter([Name, S("Endpoints", "Endpoints is the list of IP:port pairs"), Age], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        var pairs = o.Array("subsets").OfType<JsonObject>().SelectMany(s => new JsonNodeAccessor(s).Array("addresses").OfType<JsonObject>()
            .SelectMany(a => new JsonNodeAccessor(s).Array("ports").OfType<JsonObject>().Select(p => $"{a["ip"]?.GetValue<string>()}:{p["port"]}"))).ToList();
        return [NameOf(o), pairs.Count == 0 ? "<none>" : string.Join(",", pairs.Take(3)) + (pairs.Count > 3 ? $" + {pairs.Count - 3} more..." : ""), HumanDuration.Age(o, now)];
    });

    public static ITablePrinter Event { get; } = new DelegatePrinter(
        [S("Last Seen", "Time when this Event was last observed"), S("Type", "Type of this event"), S("Reason", "Short, machine understandable string"), S("Object", "The object this event is about"), S("Message", "A human-readable description"),
         S("Subobject", "The subobject this event is about", 1), S("Source", "The component reporting this event", 1), S("First Seen", "The time at which the event was first recorded", 1), I("Count", "The number of times this event has occurred", 1), S("Name", "Name of the event", 1)],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            string Since(string? time) => time is not null && DateTimeOffset.TryParse(time, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? HumanDuration.Format(now - t) : "<unknown>";
            var last = o.String("lastTimestamp") ?? o.String("eventTime") ?? o.String("metadata", "creationTimestamp");
            var first = o.String("firstTimestamp") ?? o.String("eventTime") ?? o.String("metadata", "creationTimestamp");
            var involved = $"{(o.String("involvedObject", "kind") ?? "").ToLowerInvariant()}/{o.String("involvedObject", "name")}";
            var source = o.String("source", "component") ?? o.String("reportingComponent") ?? "";
            return [Since(last), o.String("type") ?? "", o.String("reason") ?? "", involved, o.String("message") ?? "", o.String("involvedObject", "fieldPath") ?? "", source, Since(first), o.Long("count") ?? 1, NameOf(o)];
        });

    public static ITablePrinter PersistentVolumeClaim { get; } = new DelegatePrinter(
        [Name, S("Status", "The phase of the claim"), S("Volume", "The bound volume"), S("Capacity", "The capacity"), S("Access Modes", "The access modes"), S("StorageClass", "The storage class"), S("VolumeAttributesClass", "The volume attributes class"), Age, S("VolumeMode", "The volume mode", 1)],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var modes = string.Join(",", o.Array("status", "accessModes").Select(Scalar).Select(m => m switch { "ReadWriteOnce" => "RWO", "ReadOnlyMany" => "ROX", "ReadWriteMany" => "RWX", "ReadWriteOncePod" => "RWOP", _ => m }));
            return [NameOf(o), o.String("status", "phase") ?? "Pending", o.String("spec", "volumeName") ?? "", o.String("status", "capacity", "storage") ?? "", modes, o.String("spec", "storageClassName") ?? "", o.String("spec", "volumeAttributesClassName") ?? "<unset>", HumanDuration.Age(o, now), o.String("spec", "volumeMode") ?? "Filesystem"];
        });

    private static (string Containers, string Images) ContainersOf(JsonNodeAccessor o)
    {
        var containers = o.Array("spec", "template", "spec", "containers").OfType<JsonObject>().ToList();
        return (string.Join(",", containers.Select(c => c["name"]?.GetValue<string>())), string.Join(",", containers.Select(c => c["image"]?.GetValue<string>())));
    }

    private static string SelectorOf(JsonNodeAccessor o)
    {
        var selector = o.Object("spec", "selector");
        var parts = new List<string>();
        if (selector["matchLabels"] is JsonObject labels)
        {
            parts.AddRange(labels.Select(kv => $"{kv.Key}={Scalar(kv.Value)}"));
        }

        foreach (var e in (selector["matchExpressions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var values = string.Join(",", (e["values"] as JsonArray ?? []).Select(Scalar));
            parts.Add((e["operator"]?.GetValue<string>()) switch
            {
                "In" => $"{e["key"]} in ({values})",
                "NotIn" => $"{e["key"]} notin ({values})",
                "Exists" => $"{e["key"]}",
                _ => $"!{e["key"]}",
            });
        }

        return parts.Count == 0 ? "<none>" : string.Join(",", parts);
    }

    private static readonly TableColumn Containers = S("Containers", "Names of each container in the template.", 1);
    private static readonly TableColumn Images = S("Images", "Images referenced by each container in the template.", 1);
    private static readonly TableColumn SelectorColumn = S("Selector", "Label selector for pods.", 1);

    public static ITablePrinter Deployment { get; } = new DelegatePrinter(
        [Name, S("Ready", "Number of the pod with ready state"), I("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."), I("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."), Age, Containers, Images, SelectorColumn],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var (containers, images) = ContainersOf(o);
            return [NameOf(o), $"{o.LongOr0("status", "readyReplicas")}/{o.Long("spec", "replicas") ?? 1}", o.LongOr0("status", "updatedReplicas"), o.LongOr0("status", "availableReplicas"), HumanDuration.Age(o, now), containers, images, SelectorOf(o)];
        });

    public static ITablePrinter StatefulSet { get; } = new DelegatePrinter([Name, S("Ready", "Number of the pod with ready state"), Age, Containers, Images], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        var (containers, images) = ContainersOf(o);
        return [NameOf(o), $"{o.LongOr0("status", "readyReplicas")}/{o.Long("spec", "replicas") ?? 1}", HumanDuration.Age(o, now), containers, images];
    });

    public static ITablePrinter ReplicaSet { get; } = new DelegatePrinter(
        [Name, I("Desired", "Number of desired pods."), I("Current", "Number of actual running pods."), I("Ready", "Number of ready pods."), Age, Containers, Images, SelectorColumn],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var (containers, images) = ContainersOf(o);
            return [NameOf(o), o.Long("spec", "replicas") ?? 1, o.LongOr0("status", "replicas"), o.LongOr0("status", "readyReplicas"), HumanDuration.Age(o, now), containers, images, SelectorOf(o)];
        });

    public static ITablePrinter DaemonSet { get; } = new DelegatePrinter(
        [Name, I("Desired", "The number of nodes that should be running the daemon pod."), I("Current", "The number of nodes running at least one daemon pod."), I("Ready", "The number of nodes with a ready daemon pod."), I("Up-to-date", "The number of nodes running the updated daemon pod."), I("Available", "The number of nodes with an available daemon pod."), S("Node Selector", "The node selector."), Age, Containers, Images, SelectorColumn],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var (containers, images) = ContainersOf(o);
            var nodeSelector = o.Node("spec", "template", "spec", "nodeSelector") as JsonObject;
            return [NameOf(o), o.LongOr0("status", "desiredNumberScheduled"), o.LongOr0("status", "currentNumberScheduled"), o.LongOr0("status", "numberReady"), o.LongOr0("status", "updatedNumberScheduled"), o.LongOr0("status", "numberAvailable"), Selector(nodeSelector), HumanDuration.Age(o, now), containers, images, SelectorOf(o)];
        });

    public static ITablePrinter Job { get; } = new DelegatePrinter(
        [Name, S("Status", "Status of the job."), S("Completions", "The completed job pods and the desired ones."), S("Duration", "Time required to complete the job."), Age, Containers, Images, SelectorColumn],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var (containers, images) = ContainersOf(o);
            var conditions = o.Array("status", "conditions").OfType<JsonObject>().Where(c => c["status"]?.GetValue<string>() == "True").Select(c => c["type"]?.GetValue<string>()).ToList();
            var status = conditions.Contains("Complete") ? "Complete" : conditions.Contains("Failed") ? "Failed" : conditions.Contains("Suspended") ? "Suspended" : "Running";
            var completions = o.Long("spec", "completions") is { } c ? $"{o.LongOr0("status", "succeeded")}/{c}" : $"{o.LongOr0("status", "succeeded")}/1 of {o.Long("spec", "parallelism") ?? 1}";
            var duration = "";
            if (o.String("status", "startTime") is { } start && DateTimeOffset.TryParse(start, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var started))
            {
                var end = o.String("status", "completionTime") is { } done && DateTimeOffset.TryParse(done, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var completed) ? completed : now;
                duration = HumanDuration.Format(end - started);
            }

            return [NameOf(o), status, completions, duration, HumanDuration.Age(o, now), containers, images, SelectorOf(o)];
        });

    public static ITablePrinter CronJob { get; } = new DelegatePrinter(
        [Name, S("Schedule", "The schedule in Cron format"), S("Timezone", "The time zone"), S("Suspend", "Whether the cron job is suspended"), I("Active", "The number of active jobs"), S("Last Schedule", "When the job was last scheduled"), Age, S("Containers", "Names of each container", 1), S("Images", "Images of each container", 1), S("Selector", "Label selector", 1)],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var containers = o.Array("spec", "jobTemplate", "spec", "template", "spec", "containers").OfType<JsonObject>().ToList();
            var last = o.String("status", "lastScheduleTime") is { } t && DateTimeOffset.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? HumanDuration.Format(now - at) : "<none>";
            var suspend = o.Node("spec", "suspend") is JsonValue s && s.GetValue<bool>() ? "True" : "False";
            return [NameOf(o), o.String("spec", "schedule") ?? "", o.String("spec", "timeZone") ?? "<none>", suspend, o.Array("status", "active").Count, last, HumanDuration.Age(o, now),
                string.Join(",", containers.Select(c => c["name"]?.GetValue<string>())), string.Join(",", containers.Select(c => c["image"]?.GetValue<string>())), "<none>"];
        });

    public static ITablePrinter Ingress { get; } = new DelegatePrinter(
        [Name, S("Class", "The ingress class"), S("Hosts", "Hosts that incoming requests are matched against"), S("Address", "Address is a list containing ingress points for the load-balancer"), S("Ports", "Ports of TLS configurations"), Age],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var hosts = o.Array("spec", "rules").OfType<JsonObject>().Select(r => r["host"]?.GetValue<string>() ?? "*").ToList();
            var addresses = Join(o.Array("status", "loadBalancer", "ingress").OfType<JsonObject>().Select(i => i["ip"]?.GetValue<string>() ?? i["hostname"]?.GetValue<string>()));
            return [NameOf(o), o.String("spec", "ingressClassName") ?? "<none>", hosts.Count == 0 ? "*" : string.Join(",", hosts), addresses, o.Array("spec", "tls").Count > 0 ? "80, 443" : "80", HumanDuration.Age(o, now)];
        });

    public static ITablePrinter HorizontalPodAutoscaler { get; } = new DelegatePrinter(
        [Name, S("Reference", "The target of the autoscaler"), S("Targets", "Current and target metric values"), S("MinPods", "Lower limit of replicas"), I("MaxPods", "Upper limit of replicas"), I("Replicas", "Current replicas"), Age],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var reference = $"{o.String("spec", "scaleTargetRef", "kind")}/{o.String("spec", "scaleTargetRef", "name")}";
            var targets = o.Array("spec", "metrics").OfType<JsonObject>().Select(m =>
            {
                var target = new JsonNodeAccessor(m).Node("resource", "target") as JsonObject;
                var utilization = target?["averageUtilization"];
                return utilization is not null ? $"{m["resource"]?["name"]?.GetValue<string>() ?? "cpu"}: <unknown>/{utilization}%" : "<unknown>";
            }).ToList();
            return [NameOf(o), reference, targets.Count == 0 ? "<none>" : string.Join(", ", targets), o.Long("spec", "minReplicas")?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "<unset>", o.LongOr0("spec", "maxReplicas"), o.LongOr0("status", "currentReplicas"), HumanDuration.Age(o, now)];
        });

    public static ITablePrinter PodDisruptionBudget { get; } = new DelegatePrinter(
        [Name, S("Min Available", "The minimum number of pods that must be available"), S("Max Unavailable", "The maximum number of pods that may be unavailable"), I("Allowed Disruptions", "Calculated number of pods that may be disrupted at this time"), Age],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            return [NameOf(o), o.Node("spec", "minAvailable") is { } min ? Scalar(min) : "N/A", o.Node("spec", "maxUnavailable") is { } max ? Scalar(max) : "N/A", o.LongOr0("status", "disruptionsAllowed"), HumanDuration.Age(o, now)];
        });

    public static ITablePrinter Lease { get; } = new DelegatePrinter([Name, S("Holder", "The holder of the lease"), Age], (obj, now) =>
    {
        var o = new JsonNodeAccessor(obj);
        return [NameOf(o), o.String("spec", "holderIdentity") ?? "", HumanDuration.Age(o, now)];
    });

    public static ITablePrinter CreatedAt { get; } = new DelegatePrinter([Name, new TableColumn("Created At", "date", "CreationTimestamp is a timestamp representing the server time when this object was created.")], (obj, _) =>
    {
        var o = new JsonNodeAccessor(obj);
        return [NameOf(o), o.String("metadata", "creationTimestamp")];
    });

    public static ITablePrinter RoleBinding { get; } = new DelegatePrinter(
        [Name, S("Role", "The role being bound"), Age, S("Users", "Users in the binding", 1), S("Groups", "Groups in the binding", 1), S("ServiceAccounts", "ServiceAccounts in the binding", 1)],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var subjects = o.Array("subjects").OfType<JsonObject>().ToList();
            string Of(string kind) => string.Join(", ", subjects.Where(s => s["kind"]?.GetValue<string>() == kind).Select(s => kind == "ServiceAccount" ? $"{s["namespace"]?.GetValue<string>()}/{s["name"]?.GetValue<string>()}" : s["name"]?.GetValue<string>()));
            return [NameOf(o), $"{o.String("roleRef", "kind")}/{o.String("roleRef", "name")}", HumanDuration.Age(o, now), Of("User"), Of("Group"), Of("ServiceAccount")];
        });

    public static ITablePrinter Pod { get; } = new DelegatePrinter(
        [Name, S("Ready", "The aggregate readiness state of this pod for accepting traffic."), S("Status", "The aggregate status of the containers in this pod."), S("Restarts", "The number of times the containers in this pod have been restarted."), Age,
         S("IP", "IP address allocated to the pod.", 1), S("Node", "Name of the Node this pod is scheduled on.", 1), S("Nominated Node", "Name of the Node this pod has been nominated to.", 1), S("Readiness Gates", "Readiness gates of the pod.", 1)],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var statuses = o.Array("status", "containerStatuses").OfType<JsonObject>().ToList();
            var total = o.Array("spec", "containers").Count;
            var ready = statuses.Count(s => s["ready"] is JsonValue r && r.GetValue<bool>());
            var restarts = statuses.Sum(s => s["restartCount"]?.GetValue<long>() ?? 0);
            var status = o.String("status", "reason") ?? o.String("status", "phase") ?? "Pending";
            if (o.Node("metadata", "deletionTimestamp") is not null)
            {
                status = "Terminating";
            }

            return [NameOf(o), $"{ready}/{total}", status, Number(restarts), HumanDuration.Age(o, now), o.String("status", "podIP") ?? "<none>", o.String("spec", "nodeName") ?? "<none>", o.String("status", "nominatedNodeName") ?? "<none>", "<none>"];
        });

    public static ITablePrinter Node { get; } = new DelegatePrinter(
        [Name, S("Status", "The status of the node"), S("Roles", "The roles of the node"), Age, S("Version", "Kubelet Version reported by the node."),
         S("Internal-IP", "List of addresses reachable to the node", 1), S("External-IP", "List of addresses reachable to the node", 1), S("OS-Image", "OS Image reported by the node", 1), S("Kernel-Version", "Kernel Version reported by the node", 1), S("Container-Runtime", "Container Runtime Version reported by the node", 1)],
        (obj, now) =>
        {
            var o = new JsonNodeAccessor(obj);
            var ready = o.Array("status", "conditions").OfType<JsonObject>().FirstOrDefault(c => c["type"]?.GetValue<string>() == "Ready")?["status"]?.GetValue<string>();
            var status = ready == "True" ? "Ready" : ready is null ? "Unknown" : "NotReady";
            if (o.Node("spec", "unschedulable") is JsonValue u && u.GetValue<bool>())
            {
                status += ",SchedulingDisabled";
            }

            var roles = Join(o.Object("metadata", "labels").Select(kv => kv.Key.StartsWith("node-role.kubernetes.io/", StringComparison.Ordinal) ? kv.Key["node-role.kubernetes.io/".Length..] : null));
            string Address(string type) => o.Array("status", "addresses").OfType<JsonObject>().FirstOrDefault(a => a["type"]?.GetValue<string>() == type)?["address"]?.GetValue<string>() ?? "<none>";
            return [NameOf(o), status, roles.Length == 0 ? "<none>" : roles, HumanDuration.Age(o, now), o.String("status", "nodeInfo", "kubeletVersion") ?? "",
                Address("InternalIP"), Address("ExternalIP"), o.String("status", "nodeInfo", "osImage") ?? "<unknown>", o.String("status", "nodeInfo", "kernelVersion") ?? "<unknown>", o.String("status", "nodeInfo", "containerRuntimeVersion") ?? "<unknown>"];
        });
}
