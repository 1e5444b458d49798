using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Apis.Tests;

/// <summary>Karmada objects survive YAML → typed → JSON unchanged: field names, values and omissions.</summary>
public sealed class JsonRoundTripTests
{
    [Theory]
    [InlineData("propagationpolicy.yaml", typeof(PropagationPolicy))]
    [InlineData("overridepolicy.yaml", typeof(OverridePolicy))]
    [InlineData("guestbooks-propagationpolicy.yaml", typeof(PropagationPolicy))]
    [InlineData("guestbooks-clusterpropagationpolicy.yaml", typeof(ClusterPropagationPolicy))]
    [InlineData("guestbooks-overridepolicy.yaml", typeof(OverridePolicy))]
    public void Samples_round_trip(string file, Type type)
    {
        var original = KubeYaml.ParseSingle(File.ReadAllText(Path.Combine("TestData", "samples", file)));

        AssertRoundTrip(original, type);
    }

    [Fact]
    public void A_fully_populated_resource_binding_round_trips()
    {
        AssertRoundTrip(KubeYaml.ParseSingle(FullBinding), typeof(ResourceBinding));
        AssertRoundTrip(KubeYaml.ParseSingle(FullBinding.Replace("kind: ResourceBinding", "kind: ClusterResourceBinding", StringComparison.Ordinal)), typeof(ClusterResourceBinding));
    }

    [Fact]
    public void A_fully_populated_cluster_round_trips()
    {
        AssertRoundTrip(KubeYaml.ParseSingle(FullCluster), typeof(Cluster));
    }

    [Fact]
    public void A_work_with_raw_manifests_and_status_round_trips()
    {
        AssertRoundTrip(KubeYaml.ParseSingle(FullWork), typeof(Work));
    }

    [Fact]
    public void A_cluster_override_policy_with_every_overrider_round_trips()
    {
        AssertRoundTrip(KubeYaml.ParseSingle(FullOverridePolicy), typeof(ClusterOverridePolicy));
    }

    [Fact]
    public void Unknown_fields_are_tolerated()
    {
        var cluster = KarmadaJson.Deserialize<Cluster>("""{"kind":"Cluster","metadata":{"name":"a","futureField":1},"spec":{"syncMode":"Pull","newThing":{"x":[1]}},"extra":true}""");

        Assert.Equal("a", cluster.Metadata.Name);
        Assert.Equal("Pull", cluster.Spec.SyncMode);
    }

    [Fact]
    public void Nulls_are_omitted_and_times_are_second_precision_utc()
    {
        var status = new ResourceBindingStatus { LastScheduledTime = new DateTimeOffset(2024, 5, 1, 12, 0, 0, 123, TimeSpan.FromHours(2)) };

        Assert.Equal("""{"lastScheduledTime":"2024-05-01T10:00:00Z"}""", KarmadaJson.Serialize(status));
    }

    private static void AssertRoundTrip(JsonNode original, Type type)
    {
        var typed = original.Deserialize(type, KarmadaJson.Options);
        var written = JsonSerializer.SerializeToNode(typed, type, KarmadaJson.Options);

        Assert.True(JsonNode.DeepEquals(original, written), $"expected {original.ToJsonString()}\nactual   {written?.ToJsonString()}");
    }

    private const string FullBinding = """
        apiVersion: work.karmada.io/v1alpha2
        kind: ResourceBinding
        metadata:
          name: nginx-deployment
          namespace: default
          uid: 0d1e5a7c-0000-4000-8000-000000000001
          resourceVersion: "42"
          generation: 3
          creationTimestamp: "2024-05-01T10:00:00Z"
          labels: {propagationpolicy.karmada.io/name: nginx-propagation}
          annotations: {policy.karmada.io/applied-placement: '{"clusterAffinity":{"clusterNames":["member1"]}}'}
          ownerReferences:
          - {apiVersion: apps/v1, kind: Deployment, name: nginx, uid: u1, controller: true, blockOwnerDeletion: true}
          finalizers: [karmada.io/binding-controller]
        spec:
          resource: {apiVersion: apps/v1, kind: Deployment, namespace: default, name: nginx, uid: u1, resourceVersion: "7"}
          propagateDeps: true
          replicaRequirements:
            nodeClaim:
              hardNodeAffinity:
                nodeSelectorTerms:
                - matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}]
                  matchFields: [{key: metadata.name, operator: NotIn, values: [n1]}]
              nodeSelector: {disk: ssd}
              tolerations: [{key: k, operator: Equal, value: v, effect: NoSchedule, tolerationSeconds: 30}]
            resourceRequest: {cpu: 250m, memory: 512Mi}
            namespace: default
            priorityClassName: high
          replicas: 3
          components:
          - name: jobmanager
            replicas: 1
            replicaRequirements:
              resourceRequest: {cpu: "1"}
              priorityClassName: p
          clusters:
          - {name: member1, replicas: 2}
          - name: member2
            replicas: 1
            components: [{name: jobmanager, replicas: 1}]
          placement:
            clusterAffinities:
            - affinityName: primary
              clusterNames: [member1]
              exclude: [member9]
              labelSelector:
                matchLabels: {env: prod}
                matchExpressions: [{key: tier, operator: Exists}]
              fieldSelector:
                matchExpressions: [{key: region, operator: In, values: [us-east-1]}]
              overflowAffinities:
              - affinityName: burst
                clusterNames: [member2]
            clusterTolerations: [{key: cluster.karmada.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}]
            spreadConstraints:
            - {spreadByField: region, maxGroups: 2, minGroups: 1}
            - {spreadByLabel: team, maxGroups: 3, minGroups: 2}
            replicaScheduling:
              replicaSchedulingType: Divided
              replicaDivisionPreference: Weighted
              weightPreference:
                staticWeightList:
                - targetCluster: {clusterNames: [member1]}
                  weight: 2
                dynamicWeight: AvailableReplicas
            workloadAffinity:
              affinity: {groupByLabelKey: app}
              antiAffinity: {groupByLabelKey: shard}
          gracefulEvictionTasks:
          - fromCluster: member3
            purgeMode: Gracefully
            replicas: 1
            reason: TaintUntolerated
            message: evicted
            producer: TaintManager
            gracePeriodSeconds: 600
            suppressDeletion: false
            preservedLabelState: {a: b}
            clustersBeforeFailover: [member3]
            creationTimestamp: "2024-05-01T10:01:00Z"
          requiredBy:
          - namespace: default
            name: parent-deployment
            clusters: [{name: member1, replicas: 1}]
          schedulerName: default-scheduler
          failover:
            application:
              decisionConditions: {tolerationSeconds: 300}
              purgeMode: Gracefully
              gracePeriodSeconds: 600
              statePreservation:
                rules: [{aliasLabelName: app.offset, jsonPath: "{.status.offset}"}]
            cluster:
              purgeMode: Directly
          conflictResolution: Abort
          rescheduleTriggeredAt: "2024-05-01T11:00:00Z"
          suspension:
            dispatching: false
            dispatchingOnClusters: {clusterNames: [member2]}
            scheduling: false
          preserveResourcesOnDeletion: true
          schedulePriority: {priority: 10}
          workloadAffinityGroups: {affinityGroup: g1, antiAffinityGroup: g2}
        status:
          schedulerObservedGeneration: 3
          schedulerObservingAffinityName: primary
          lastScheduledTime: "2024-05-01T10:00:05Z"
          conditions:
          - {type: Scheduled, status: "True", reason: Success, message: Binding has been scheduled successfully., lastTransitionTime: "2024-05-01T10:00:05Z", observedGeneration: 3}
          aggregatedStatus:
          - clusterName: member1
            status: {replicas: 2, readyReplicas: 2, conditions: [{type: Available}]}
            applied: true
            appliedMessage: ok
            health: Healthy
        """;

    private const string FullCluster = """
        apiVersion: cluster.karmada.io/v1alpha1
        kind: Cluster
        metadata:
          name: member1
          labels: {env: prod}
        spec:
          id: 7f3e
          syncMode: Push
          apiEndpoint: https://172.18.0.3:6443
          secretRef: {namespace: karmada-cluster, name: member1}
          impersonatorSecretRef: {namespace: karmada-cluster, name: member1-impersonator}
          insecureSkipTLSVerification: false
          proxyURL: http://proxy:3128
          proxyHeader: {X-Token: abc}
          provider: aws
          region: us-east-1
          zone: us-east-1a
          zones: [us-east-1a, us-east-1b]
          taints:
          - {key: cluster.karmada.io/not-ready, effect: NoSchedule, timeAdded: "2024-05-01T10:00:00Z"}
          - {key: dedicated, value: gpu, effect: NoExecute}
          resourceModels:
          - grade: 0
            ranges:
            - {name: cpu, min: "0", max: "1"}
            - {name: memory, min: "0", max: 4Gi}
          - grade: 1
            ranges:
            - {name: cpu, min: "1", max: "2"}
            - {name: memory, min: 4Gi, max: 16Gi}
        status:
          kubernetesVersion: v1.29.2
          apiEnablements:
          - groupVersion: apps/v1
            resources: [{name: deployments, kind: Deployment}, {name: statefulsets, kind: StatefulSet}]
          conditions:
          - {type: Ready, status: "True", reason: ClusterReady, message: cluster is healthy and ready to accept workloads, lastTransitionTime: "2024-05-01T10:00:00Z"}
          nodeSummary: {totalNum: 3, readyNum: 3}
          resourceSummary:
            allocatable: {cpu: "12", memory: 48Gi, pods: "330"}
            allocating: {cpu: 500m}
            allocated: {cpu: 3500m, memory: 6Gi, pods: "21"}
            allocatableModelings: [{grade: 0, count: 1}, {grade: 1, count: 2}]
          remedyActions: [TrafficControl]
        """;

    private const string FullWork = """
        apiVersion: work.karmada.io/v1alpha1
        kind: Work
        metadata:
          name: nginx-687f7fb96f
          namespace: karmada-es-member1
        spec:
          workload:
            manifests:
            - apiVersion: apps/v1
              kind: Deployment
              metadata: {name: nginx, namespace: default}
              spec: {replicas: 1, template: {spec: {containers: [{name: nginx, image: nginx}]}}}
          suspendDispatching: false
          preserveResourcesOnDeletion: false
        status:
          conditions:
          - {type: Applied, status: "True", reason: AppliedSuccessful, message: Manifest has been successfully applied, lastTransitionTime: "2024-05-01T10:00:00Z"}
          manifestStatuses:
          - identifier: {ordinal: 0, group: apps, version: v1, kind: Deployment, resource: deployments, namespace: default, name: nginx}
            status: {availableReplicas: 1, readyReplicas: 1}
            health: Healthy
        """;

    private const string FullOverridePolicy = """
        apiVersion: policy.karmada.io/v1alpha1
        kind: ClusterOverridePolicy
        metadata: {name: everything}
        spec:
          resourceSelectors:
          - apiVersion: apps/v1
            kind: Deployment
            namespace: default
            labelSelector: {matchLabels: {app: nginx}}
          overrideRules:
          - targetCluster:
              clusterNames: [member1]
            overriders:
              plaintext: [{path: /spec/replicas, operator: replace, value: 3}]
              imageOverrider: [{predicate: {path: /spec/template/spec/containers/0/image}, component: Registry, operator: replace, value: registry.example}]
              commandOverrider: [{containerName: nginx, operator: add, value: [--verbose]}]
              argsOverrider: [{containerName: nginx, operator: remove, value: [--debug]}]
              labelsOverrider: [{operator: add, value: {env: prod}}]
              annotationsOverrider: [{operator: remove, value: {note: x}}]
              fieldOverrider:
              - fieldPath: /data/config.yaml
                yaml: [{subPath: /server/port, operator: replace, value: 8080}]
                json: [{subPath: /a, operator: add, value: {b: [1, true, null]}}]
          targetCluster: {exclude: [member9]}
          overriders:
            plaintext: [{path: /metadata/labels/x, operator: remove}]
        """;
}
