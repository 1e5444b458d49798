namespace Karmada.Orleans.Policies.Tests;

public sealed class AttachedBindingsTests
{
    private static readonly ResourceBinding Independent = new()
    {
        Metadata = new ObjectMeta { Name = "nginx-deployment", Namespace = "default" },
        Spec = new ResourceBindingSpec
        {
            Resource = new ObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Namespace = "default", Name = "nginx" },
            PropagateDeps = true,
            Clusters = [new TargetCluster { Name = "member1", Replicas = 1 }, new TargetCluster { Name = "member2", Replicas = 1 }],
        },
    };

    private static readonly JsonObject ConfigMap = Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: nginx-conf, namespace: default, uid: u-1, resourceVersion: '42'}}");

    [Fact]
    public void Builds_the_attached_binding_of_a_dependency()
    {
        var attached = AttachedBindings.Build(Independent, ConfigMap);

        Assert.Equal("nginx-conf-configmap", attached.Metadata.Name);
        Assert.Equal("default", attached.Metadata.Namespace);
        Assert.Equal("default_nginx-deployment", attached.Metadata.Labels!["resourcebinding.karmada.io/depended-by-5bdc5c4dcf"]);
        Assert.Equal(["karmada.io/binding-controller"], attached.Metadata.Finalizers);
        var owner = Assert.Single(attached.Metadata.OwnerReferences!);
        Assert.Equal(("v1", "ConfigMap", "nginx-conf", "u-1", true), (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller == true));
        Assert.Equal(new ObjectReference { ApiVersion = "v1", Kind = "ConfigMap", Namespace = "default", Name = "nginx-conf", ResourceVersion = "42" }, attached.Spec.Resource);
        var requiredBy = Assert.Single(attached.Spec.RequiredBy!);
        Assert.Equal(("default", "nginx-deployment"), (requiredBy.Namespace, requiredBy.Name));
        Assert.Equal(["member1", "member2"], requiredBy.Clusters!.Select(c => c.Name));
        Assert.Null(attached.Spec.Placement);
    }

    [Fact]
    public void Merging_updates_the_same_binding_and_keeps_others()
    {
        var other = AttachedBindings.Build(Independent with { Metadata = new ObjectMeta { Name = "web-deployment", Namespace = "default" } }, ConfigMap);
        var rescheduled = Independent with { Spec = Independent.Spec with { Clusters = [new TargetCluster { Name = "member3", Replicas = 2 }] } };

        var merged = AttachedBindings.Merge(other, AttachedBindings.Build(rescheduled, ConfigMap));
        merged = AttachedBindings.Merge(merged, AttachedBindings.Build(Independent, ConfigMap));

        Assert.Equal(["web-deployment", "nginx-deployment"], merged.Spec.RequiredBy!.Select(s => s.Name));
        Assert.Equal(["member1", "member2"], merged.Spec.RequiredBy![1].Clusters!.Select(c => c.Name));
        Assert.Equal(2, merged.Metadata.Labels!.Count);
    }

    [Fact]
    public void Detaching_removes_the_entry_and_label_of_one_binding()
    {
        var other = AttachedBindings.Build(Independent with { Metadata = new ObjectMeta { Name = "web-deployment", Namespace = "default" } }, ConfigMap);
        var both = AttachedBindings.Merge(other, AttachedBindings.Build(Independent, ConfigMap));

        var detached = AttachedBindings.Detach(both, "default", "nginx-deployment");

        Assert.Equal(["web-deployment"], detached.Spec.RequiredBy!.Select(s => s.Name));
        Assert.Equal([AttachedBindings.DependedByLabel("default", "web-deployment").Key], detached.Metadata.Labels!.Keys);
    }

    [Fact]
    public void Works_go_to_the_scheduled_clusters_and_those_required_by_others()
    {
        var spec = new ResourceBindingSpec
        {
            Clusters = [new TargetCluster { Name = "member1" }],
            RequiredBy =
            [
                new BindingSnapshot { Namespace = "default", Name = "a", Clusters = [new TargetCluster { Name = "member2", Replicas = 3 }, new TargetCluster { Name = "member1", Replicas = 1 }] },
                new BindingSnapshot { Namespace = "default", Name = "b", Clusters = [new TargetCluster { Name = "member3" }] },
            ],
        };

        Assert.Equal(["member1", "member2", "member3"], AttachedBindings.TargetClusters(spec).Select(c => c.Name));
    }

    [Fact]
    public void Dependencies_round_trip_through_the_annotation_and_find_orphans()
    {
        var deployment = Fixtures.Obj("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: nginx, namespace: default}
            spec:
              template:
                spec:
                  containers: [{name: nginx, envFrom: [{secretRef: {name: creds}}]}]
                  volumes: [{name: conf, configMap: {name: nginx-conf}}]
            """);
        var dependencies = BuiltInInterpreter.GetDependencies(deployment);
        var binding = Independent with
        {
            Metadata = Independent.Metadata with { Annotations = new Dictionary<string, string> { [KarmadaAnnotations.Dependencies] = AttachedBindings.DependenciesAnnotation(dependencies) } },
        };

        Assert.Equal(
            "[{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"namespace\":\"default\",\"name\":\"nginx-conf\"},{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"namespace\":\"default\",\"name\":\"creds\"}]",
            binding.Metadata.Annotations[KarmadaAnnotations.Dependencies]);
        Assert.Equal(dependencies, AttachedBindings.ParseDependencies(binding));
        Assert.True(AttachedBindings.DependsOn(binding, "v1", "Secret", "default", "creds"));
        Assert.False(AttachedBindings.DependsOn(binding, "v1", "Secret", "default", "other"));
        Assert.False(AttachedBindings.IsOrphan(AttachedBindings.Build(binding, ConfigMap), dependencies));
        Assert.True(AttachedBindings.IsOrphan(AttachedBindings.Build(binding, Fixtures.Obj("{apiVersion: v1, kind: Secret, metadata: {name: old, namespace: default}}")), dependencies));
    }
}
