namespace Karmada.Orleans.Policies;

/// <summary>
/// Karmada's default resource interpreter for Kubernetes' own kinds: the pure decisions the
/// propagation grains take about an object. Nothing here reads a clock or does I/O; inputs are never
/// modified (methods that change an object return a new one).
/// </summary>
public static class BuiltInInterpreter
{
    /// <summary>
    /// Whether the interpreter has a rule for <paramref name="operation"/> on the object's kind
    /// (Karmada's HookEnabled). Without one, callers skip the operation: replicas are 0, no revision,
    /// no retention beyond metadata, no aggregation, no dependencies. InterpretStatus always applies,
    /// and health is Healthy without a rule.
    /// </summary>
    public static bool HookEnabled(JsonObject obj, InterpreterOperation operation)
    {
        var kind = NativeKinds.Of(obj);
        return operation switch
        {
            InterpreterOperation.InterpretReplica => ReplicaInterpreter.Handles(kind),
            InterpreterOperation.ReviseReplica => ReplicaRevision.Handles(kind),
            InterpreterOperation.Retain => KindRetention.Handles(kind),
            InterpreterOperation.AggregateStatus => StatusAggregation.Handles(kind),
            InterpreterOperation.InterpretStatus => true,
            InterpreterOperation.InterpretHealth => kind is NativeKind.Deployment or NativeKind.StatefulSet or NativeKind.ReplicaSet
                or NativeKind.DaemonSet or NativeKind.Job or NativeKind.Pod or NativeKind.Service or NativeKind.Ingress
                or NativeKind.PersistentVolumeClaim or NativeKind.PodDisruptionBudget,
            InterpreterOperation.InterpretDependency => DependencyInterpreter.Handles(kind),
            _ => false,
        };
    }

    /// <summary>
    /// InterpretReplica: the replicas a template asks for (Deployment, StatefulSet and ReplicaSet
    /// spec.replicas, Job spec.parallelism, both defaulting to 1; a Pod is 1) and what each replica
    /// needs; (0, null) for everything else.
    /// </summary>
    /// <exception cref="InterpretationException">A field has the wrong JSON type.</exception>
    public static (int Replicas, ReplicaRequirements? Requirements) GetReplicas(JsonObject template)
        => ReplicaInterpreter.GetReplicas(template);

    /// <summary>ReviseReplica: the manifest with its per-cluster replica count (Job: spec.parallelism).</summary>
    public static JsonObject ReviseReplica(JsonObject manifest, long replicas) => ReplicaRevision.Revise(manifest, replicas);

    /// <summary>
    /// Whether a Job's spec.completions is divided among the clusters of a binding (Karmada divides it
    /// in proportion to each cluster's replicas with the scheduler's Webster dispenser, then writes
    /// each share with <see cref="ReviseJobCompletions"/>).
    /// </summary>
    public static bool ShouldDivideJobCompletions(JsonObject template, int bindingReplicas, Placement? placement)
        => ReplicaRevision.ShouldDivideCompletions(template, bindingReplicas, placement);

    /// <summary>A Job's spec.completions, or null when unset (a work-queue Job).</summary>
    public static long? JobCompletions(JsonObject template)
        => NativeKinds.Of(template) == NativeKind.Job ? JsonRead.Integer(template, "spec", "completions") : null;

    /// <summary>The manifest with a Job's share of completions; unchanged when the Job leaves completions unset.</summary>
    public static JsonObject ReviseJobCompletions(JsonObject manifest, long completions) => ReplicaRevision.ReviseCompletions(manifest, completions);

    /// <summary>
    /// Retain: <paramref name="desired"/> prepared to update <paramref name="observed"/> in the member:
    /// resourceVersion, finalizers, ownerReferences and member-added labels/annotations, the fields
    /// the member allocates (Service cluster IPs and node ports, PVC volumeName, Job selector and
    /// template labels, Pod node and volumes, ServiceAccount secrets, replicas under the
    /// retain-replicas label), and the status, taken from the member's object.
    /// </summary>
    public static JsonObject Retain(JsonObject desired, JsonObject observed) => Retention.Retain(desired, observed);

    /// <summary>ReflectStatus: the status recorded for a member object in Work.status.manifestStatuses, or null.</summary>
    public static JsonObject? ReflectStatus(JsonObject memberObject) => StatusReflection.Reflect(memberObject);

    /// <summary>InterpretHealth: <see cref="ResourceHealth.Healthy"/>, <see cref="ResourceHealth.Unhealthy"/> or <see cref="ResourceHealth.Unknown"/>.</summary>
    public static string InterpretHealth(JsonObject memberObject) => HealthInterpreter.Interpret(memberObject);

    /// <summary>
    /// AggregateStatus: the template's new .status from its members' reflected statuses, or null when
    /// the kind is not aggregated or nothing is to change (a finished Job, a Service that is not a
    /// LoadBalancer, a Pod or PVC with no member yet). <paramref name="now"/> stamps new conditions.
    /// </summary>
    /// <exception cref="InterpretationException">A member status cannot be read.</exception>
    public static JsonObject? AggregateStatus(JsonObject template, IReadOnlyList<AggregatedStatusItem> items, DateTimeOffset now)
        => StatusAggregation.Aggregate(template, items, now);

    /// <summary>InterpretDependency: the ConfigMaps, Secrets, ServiceAccounts and PVCs the template needs, sorted and distinct.</summary>
    /// <exception cref="InterpretationException">A field has the wrong JSON type.</exception>
    public static IReadOnlyList<DependentObjectReference> GetDependencies(JsonObject template) => DependencyInterpreter.GetDependencies(template);
}
