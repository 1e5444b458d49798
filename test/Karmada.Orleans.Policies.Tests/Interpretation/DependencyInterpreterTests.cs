namespace Karmada.Orleans.Policies.Tests;

public sealed class DependencyInterpreterTests
{
    private const string PodSpec = """
        serviceAccountName: web-sa
        imagePullSecrets: [{name: registry}]
        initContainers:
        - name: init
          envFrom: [{configMapRef: {name: init-config}}]
        containers:
        - name: app
          envFrom:
          - configMapRef: {name: app-config}
          - secretRef: {name: app-secret}
          env:
          - name: A
            valueFrom: {configMapKeyRef: {name: app-config, key: a}}
          - name: B
            valueFrom: {secretKeyRef: {name: db-password, key: b}}
          - name: C
            value: plain
          - name: D
            valueFrom: {fieldRef: {fieldPath: metadata.name}}
        volumes:
        - {name: config, configMap: {name: nginx-conf}}
        - {name: certs, secret: {secretName: tls-cert}}
        - name: bundle
          projected:
            sources:
            - configMap: {name: ca-bundle}
            - secret: {name: projected-secret}
            - serviceAccountToken: {path: token}
        - {name: data, persistentVolumeClaim: {claimName: web-data}}
        - {name: ceph, cephfs: {monitors: [m], secretRef: {name: ceph-secret}}}
        - {name: csi, csi: {driver: d, nodePublishSecretRef: {name: csi-secret}}}
        - {name: scratch, emptyDir: {}}
        """;

    private static readonly string[] PodSpecDependencies =
    [
        "ConfigMap/app-config", "ConfigMap/ca-bundle", "ConfigMap/init-config", "ConfigMap/nginx-conf",
        "PersistentVolumeClaim/web-data",
        "Secret/app-secret", "Secret/ceph-secret", "Secret/csi-secret", "Secret/db-password", "Secret/projected-secret", "Secret/registry", "Secret/tls-cert",
        "ServiceAccount/web-sa",
    ];

    [Theory]
    [InlineData("apps/v1", "Deployment", "template: {spec: POD}")]
    [InlineData("apps/v1", "ReplicaSet", "template: {spec: POD}")]
    [InlineData("apps/v1", "DaemonSet", "template: {spec: POD}")]
    [InlineData("batch/v1", "Job", "template: {spec: POD}")]
    [InlineData("batch/v1", "CronJob", "jobTemplate: {spec: {template: {spec: POD}}}")]
    public void Workloads_depend_on_what_their_pod_template_refers_to(string apiVersion, string kind, string specShape)
    {
        var template = Workload(apiVersion, kind, specShape);

        var dependencies = BuiltInInterpreter.GetDependencies(template);

        Assert.Equal(PodSpecDependencies, dependencies.Select(d => $"{d.Kind}/{d.Name}"));
        Assert.All(dependencies, d => Assert.Equal(("v1", "shop"), (d.ApiVersion, d.Namespace)));
    }

    [Fact]
    public void A_pod_depends_on_what_its_spec_refers_to()
    {
        var pod = Fixtures.Obj($"{{apiVersion: v1, kind: Pod, metadata: {{name: p, namespace: shop}}, spec: {Flow(PodSpec)}}}");

        Assert.Equal(PodSpecDependencies, BuiltInInterpreter.GetDependencies(pod).Select(d => $"{d.Kind}/{d.Name}"));
    }

    [Fact]
    public void StatefulSet_claim_templates_are_not_dependencies()
    {
        var statefulSet = Fixtures.Obj("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: shop}
            spec:
              volumeClaimTemplates:
              - metadata: {name: data}
              template:
                spec:
                  serviceAccountName: default
                  containers: [{name: db, volumeMounts: [{name: data, mountPath: /var/lib}]}]
                  volumes:
                  - {name: data, persistentVolumeClaim: {claimName: data}}
                  - {name: shared, persistentVolumeClaim: {claimName: shared-backup}}
            """);

        var dependencies = BuiltInInterpreter.GetDependencies(statefulSet);

        Assert.Equal(new DependentObjectReference("v1", "PersistentVolumeClaim", "shop", "shared-backup"), Assert.Single(dependencies));
    }

    [Fact]
    public void Ingress_depends_on_its_tls_secrets()
    {
        var ingress = Fixtures.Obj("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata: {name: web, namespace: shop}
            spec:
              tls:
              - {hosts: [a.example.com], secretName: a-tls}
              - {hosts: [b.example.com], secretName: a-tls}
              - {hosts: [c.example.com]}
            """);

        Assert.Equal([new DependentObjectReference("v1", "Secret", "shop", "a-tls")], BuiltInInterpreter.GetDependencies(ingress));
    }

    [Theory]
    [InlineData("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}}")]
    [InlineData("{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {}}")]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, metadata: {name: d}, spec: {template: {spec: {serviceAccountName: default, containers: [{name: c}]}}}}")]
    public void Nothing_to_depend_on(string yaml) => Assert.Empty(BuiltInInterpreter.GetDependencies(Fixtures.Obj(yaml)));

    [Fact]
    public void Dependencies_serialise_as_karmada_records_them()
    {
        var json = KarmadaJson.Serialize(new[] { new DependentObjectReference("v1", "Secret", "shop", "a-tls") });

        Assert.Equal("[{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"namespace\":\"shop\",\"name\":\"a-tls\"}]", json);
    }

    private static JsonObject Workload(string apiVersion, string kind, string specShape)
        => Fixtures.Obj($"{{apiVersion: {apiVersion}, kind: {kind}, metadata: {{name: web, namespace: shop}}, spec: {{{specShape.Replace("POD", Flow(PodSpec), StringComparison.Ordinal)}}}}}");

    /// <summary>The block YAML pod spec as one flow-style JSON value.</summary>
    private static string Flow(string yaml) => KubeYaml.ParseSingle(yaml)!.ToJsonString();
}
