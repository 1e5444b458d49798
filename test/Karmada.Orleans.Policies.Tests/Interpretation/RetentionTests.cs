namespace Karmada.Orleans.Policies.Tests;

public sealed class RetentionTests
{
    [Fact]
    public void Keeps_resource_version_finalizers_owner_references_and_member_added_metadata()
    {
        var desired = ManagedMetadata.Record(Fixtures.Obj("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: nginx
              namespace: default
              labels: {app: nginx, team: web}
              annotations: {owner: alice}
            spec: {replicas: 2}
            """));
        var observed = Fixtures.Obj("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: nginx
              namespace: default
              resourceVersion: "4711"
              finalizers: [member.io/protect]
              ownerReferences: [{apiVersion: v1, kind: Thing, name: owner, uid: u1}]
              labels: {app: old, team: web, removed: "yes", member-added: "1"}
              annotations:
                owner: bob
                deployment.kubernetes.io/revision: "3"
                dropped: x
                resourcetemplate.karmada.io/managed-labels: app,removed,team
                resourcetemplate.karmada.io/managed-annotations: dropped,owner,resourcetemplate.karmada.io/managed-annotations,resourcetemplate.karmada.io/managed-labels
            spec: {replicas: 7}
            status: {replicas: 7}
            """);

        var retained = BuiltInInterpreter.Retain(desired, observed);

        Assert.Equal("\"4711\"", Fixtures.At(retained, "/metadata/resourceVersion"));
        Assert.Equal("[\"member.io/protect\"]", Fixtures.At(retained, "/metadata/finalizers"));
        Assert.Equal("\"owner\"", Fixtures.At(retained, "/metadata/ownerReferences/0/name"));
        Assert.Equal("{\"app\":\"nginx\",\"team\":\"web\",\"member-added\":\"1\"}", Fixtures.At(retained, "/metadata/labels"));
        Assert.Equal("\"alice\"", Fixtures.At(retained, "/metadata/annotations/owner"));
        Assert.Equal("\"3\"", Fixtures.At(retained, "/metadata/annotations/deployment.kubernetes.io~1revision"));
        Assert.Equal("<missing>", Fixtures.At(retained, "/metadata/annotations/dropped"));
        Assert.Equal("\"app,team\"", Fixtures.At(retained, "/metadata/annotations/resourcetemplate.karmada.io~1managed-labels"));
        Assert.Equal("2", Fixtures.At(retained, "/spec/replicas"));
        Assert.Equal("{\"replicas\":7}", Fixtures.At(retained, "/status"));
    }

    [Fact]
    public void Finalizers_the_member_does_not_have_are_not_sent()
    {
        var desired = Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, finalizers: [a]}}");
        var observed = Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, resourceVersion: '1'}}");

        var retained = BuiltInInterpreter.Retain(desired, observed);

        Assert.Equal("<missing>", Fixtures.At(retained, "/metadata/finalizers"));
        Assert.Equal("<missing>", Fixtures.At(retained, "/status"));
    }

    [Fact]
    public void Service_keeps_the_cluster_ips_health_check_port_and_node_ports_the_member_allocated()
    {
        var desired = Fixtures.Obj("""
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: default}
            spec:
              type: LoadBalancer
              ports:
              - {name: http, port: 80}
              - {name: https, port: 443, nodePort: 30443}
              - {name: new, port: 8080}
            """);
        var observed = Fixtures.Obj("""
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: default, resourceVersion: "9"}
            spec:
              type: LoadBalancer
              clusterIP: 10.0.0.12
              clusterIPs: [10.0.0.12]
              healthCheckNodePort: 31000
              ports:
              - {name: http, port: 80, protocol: TCP, nodePort: 30080}
              - {name: https, port: 443, protocol: TCP, nodePort: 30444}
            status: {loadBalancer: {ingress: [{ip: 1.2.3.4}]}}
            """);

        var retained = BuiltInInterpreter.Retain(desired, observed);

        Assert.Equal("\"10.0.0.12\"", Fixtures.At(retained, "/spec/clusterIP"));
        Assert.Equal("[\"10.0.0.12\"]", Fixtures.At(retained, "/spec/clusterIPs"));
        Assert.Equal("31000", Fixtures.At(retained, "/spec/healthCheckNodePort"));
        Assert.Equal("30080", Fixtures.At(retained, "/spec/ports/0/nodePort"));
        Assert.Equal("30443", Fixtures.At(retained, "/spec/ports/1/nodePort"));
        Assert.Equal("<missing>", Fixtures.At(retained, "/spec/ports/2/nodePort"));
        Assert.Equal("\"1.2.3.4\"", Fixtures.At(retained, "/status/loadBalancer/ingress/0/ip"));
    }

    [Fact]
    public void A_headless_service_keeps_its_own_cluster_ip()
    {
        var desired = Fixtures.Obj("{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {clusterIP: None}}");
        var observed = Fixtures.Obj("{apiVersion: v1, kind: Service, metadata: {name: s}, spec: {clusterIP: None, clusterIPs: [None]}}");

        var retained = BuiltInInterpreter.Retain(desired, observed);

        Assert.Equal("\"None\"", Fixtures.At(retained, "/spec/clusterIP"));
        Assert.Equal("[\"None\"]", Fixtures.At(retained, "/spec/clusterIPs"));
    }

    [Theory]
    [InlineData("{apiVersion: v1, kind: ServiceAccount, metadata: {name: sa}}", "{apiVersion: v1, kind: ServiceAccount, metadata: {name: sa}, secrets: [{name: sa-token-x}]}", "/secrets", "[{\"name\":\"sa-token-x\"}]")]
    [InlineData("{apiVersion: v1, kind: ServiceAccount, metadata: {name: sa}, secrets: [{name: mine}]}", "{apiVersion: v1, kind: ServiceAccount, metadata: {name: sa}, secrets: [{name: sa-token-x}]}", "/secrets", "[{\"name\":\"mine\"}]")]
    [InlineData("{apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: c}, spec: {}}", "{apiVersion: v1, kind: PersistentVolumeClaim, metadata: {name: c}, spec: {volumeName: pv-1}}", "/spec/volumeName", "\"pv-1\"")]
    [InlineData("{apiVersion: v1, kind: PersistentVolume, metadata: {name: v}, spec: {}}", "{apiVersion: v1, kind: PersistentVolume, metadata: {name: v}, spec: {claimRef: {name: c}}}", "/spec/claimRef/name", "\"c\"")]
    [InlineData("{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c}]}}", "{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {nodeName: node-3, containers: [{name: c}]}}", "/spec/nodeName", "\"node-3\"")]
    public void Kind_specific_fields_owned_by_the_member_survive(string desiredYaml, string observedYaml, string pointer, string expected)
    {
        var retained = BuiltInInterpreter.Retain(Fixtures.Obj(desiredYaml), Fixtures.Obj(observedYaml));

        Assert.Equal(expected, Fixtures.At(retained, pointer));
    }

    [Fact]
    public void Pod_keeps_service_account_volumes_and_mounts_the_member_injected()
    {
        var desired = Fixtures.Obj("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers: [{name: app, image: nginx:2}]
              initContainers: [{name: init}]
            """);
        var observed = Fixtures.Obj("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              nodeName: n1
              serviceAccountName: default
              volumes: [{name: kube-api-access, projected: {sources: []}}]
              containers: [{name: app, image: nginx:1, volumeMounts: [{name: kube-api-access, mountPath: /var/run}]}]
              initContainers: [{name: init, volumeMounts: [{name: kube-api-access, mountPath: /x}]}]
            """);

        var retained = BuiltInInterpreter.Retain(desired, observed);

        Assert.Equal("\"default\"", Fixtures.At(retained, "/spec/serviceAccountName"));
        Assert.Equal("\"kube-api-access\"", Fixtures.At(retained, "/spec/volumes/0/name"));
        Assert.Equal("\"/var/run\"", Fixtures.At(retained, "/spec/containers/0/volumeMounts/0/mountPath"));
        Assert.Equal("\"nginx:2\"", Fixtures.At(retained, "/spec/containers/0/image"));
        Assert.Equal("\"/x\"", Fixtures.At(retained, "/spec/initContainers/0/volumeMounts/0/mountPath"));
    }

    [Fact]
    public void Job_takes_the_selector_and_template_labels_the_member_generated()
    {
        var desired = Fixtures.Obj("""
            apiVersion: batch/v1
            kind: Job
            metadata: {name: pi}
            spec:
              template:
                metadata: {labels: {app: pi}}
                spec: {containers: [{name: pi}]}
            """);
        var observed = Fixtures.Obj("""
            apiVersion: batch/v1
            kind: Job
            metadata: {name: pi}
            spec:
              selector: {matchLabels: {batch.kubernetes.io/controller-uid: abc}}
              template:
                metadata: {labels: {app: pi, batch.kubernetes.io/controller-uid: abc, controller-uid: abc}}
                spec: {containers: [{name: pi}]}
            """);

        var retained = BuiltInInterpreter.Retain(desired, observed);

        Assert.Equal("{\"batch.kubernetes.io/controller-uid\":\"abc\"}", Fixtures.At(retained, "/spec/selector/matchLabels"));
        Assert.Equal("\"abc\"", Fixtures.At(retained, "/spec/template/metadata/labels/controller-uid"));
        Assert.Equal("\"pi\"", Fixtures.At(retained, "/spec/template/metadata/labels/app"));
    }

    [Theory]
    [InlineData("{resourcetemplate.karmada.io/retain-replicas: 'true'}", "9")]
    [InlineData("{resourcetemplate.karmada.io/retain-replicas: 'false'}", "3")]
    [InlineData("{}", "3")]
    public void Replicas_belong_to_the_member_under_the_retain_replicas_label(string labelsYaml, string expected)
    {
        var desired = Fixtures.Obj($"{{apiVersion: apps/v1, kind: Deployment, metadata: {{name: d, labels: {labelsYaml}}}, spec: {{replicas: 3}}}}");
        var observed = Fixtures.Obj("{apiVersion: apps/v1, kind: Deployment, metadata: {name: d}, spec: {replicas: 9}}");

        Assert.Equal(expected, Fixtures.At(BuiltInInterpreter.Retain(desired, observed), "/spec/replicas"));
    }

    [Fact]
    public void Record_lists_label_keys_then_annotation_keys_including_its_own()
    {
        var manifest = Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: c, labels: {b: '1', a: '2'}, annotations: {z: '1'}}}");

        var recorded = ManagedMetadata.Record(manifest);

        Assert.Equal("\"a,b\"", Fixtures.At(recorded, "/metadata/annotations/resourcetemplate.karmada.io~1managed-labels"));
        Assert.Equal(
            "\"resourcetemplate.karmada.io/managed-annotations,resourcetemplate.karmada.io/managed-labels,z\"",
            Fixtures.At(recorded, "/metadata/annotations/resourcetemplate.karmada.io~1managed-annotations"));
        Assert.Equal("<missing>", Fixtures.At(manifest, "/metadata/annotations/resourcetemplate.karmada.io~1managed-labels"));
    }
}
