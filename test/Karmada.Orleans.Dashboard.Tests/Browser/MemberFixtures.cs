namespace Karmada.Orleans.Dashboard.Tests.Browser;

/// <summary>Objects for a simulated member (a second silo's API): nodes with capacity, a scheduled pod, and workloads to propagate.</summary>
public static class MemberFixtures
{
    public static string Node(string name) => $$"""
        apiVersion: v1
        kind: Node
        metadata:
          name: {{name}}
          labels:
            kubernetes.io/hostname: {{name}}
        status:
          capacity: {cpu: "8", memory: 32Gi, pods: "110"}
          allocatable: {cpu: "8", memory: 32Gi, pods: "110"}
          conditions:
          - {type: Ready, status: "True", reason: KubeletReady}
        """;

    public const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: cache-0, namespace: default}
        spec:
          nodeName: node-1
          containers:
          - name: cache
            image: redis
            resources: {requests: {cpu: 2500m, memory: 6Gi}}
        status: {phase: Running}
        """;

    /// <summary>web goes to member1; api asks for a cluster that does not exist, so its binding cannot be scheduled.</summary>
    public const string Workloads = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: default}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: nginx}]}
        ---
        apiVersion: policy.karmada.io/v1alpha1
        kind: PropagationPolicy
        metadata: {name: web, namespace: default}
        spec:
          resourceSelectors: [{apiVersion: apps/v1, kind: Deployment, name: web}]
          placement: {clusterAffinity: {clusterNames: [member1]}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: default}
        spec:
          replicas: 1
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec: {containers: [{name: api, image: nginx}]}
        ---
        apiVersion: policy.karmada.io/v1alpha1
        kind: PropagationPolicy
        metadata: {name: api, namespace: default}
        spec:
          resourceSelectors: [{apiVersion: apps/v1, kind: Deployment, name: api}]
          placement: {clusterAffinity: {clusterNames: [member9]}}
        """;
}
