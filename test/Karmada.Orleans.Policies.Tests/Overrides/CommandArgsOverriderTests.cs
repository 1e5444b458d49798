namespace Karmada.Orleans.Policies.Tests;

public sealed class CommandArgsOverriderTests
{
    private static JsonObject Workload(string kind = "Deployment") => Fixtures.Obj($$"""
        apiVersion: apps/v1
        kind: {{kind}}
        metadata: {name: w, namespace: default}
        spec:
          template:
            spec:
              initContainers:
              - {name: init, image: busybox, command: [sh, -c, true]}
              containers:
              - {name: app, image: app, command: [/app, --a, --b, --a], args: [x]}
              - {name: sidecar, image: sidecar}
              - {image: unnamed}
        """);

    [Theory]
    [InlineData("commandOverrider", "app", "add", "[--c, --d]", "/spec/template/spec/containers/0/command", """["/app","--a","--b","--a","--c","--d"]""")]
    [InlineData("commandOverrider", "app", "remove", "[--a]", "/spec/template/spec/containers/0/command", """["/app","--b"]""")]
    [InlineData("commandOverrider", "app", "remove", "[--a, /app, --zz]", "/spec/template/spec/containers/0/command", """["--b"]""")]
    [InlineData("commandOverrider", "app", "add", "[]", "/spec/template/spec/containers/0/command", """["/app","--a","--b","--a"]""")]
    [InlineData("commandOverrider", "sidecar", "add", "[/run]", "/spec/template/spec/containers/1/command", """["/run"]""")]
    [InlineData("commandOverrider", "sidecar", "remove", "[/run]", "/spec/template/spec/containers/1/command", "<missing>")]
    [InlineData("commandOverrider", "init", "add", "[-x]", "/spec/template/spec/initContainers/0/command", """["sh","-c","true","-x"]""")]
    [InlineData("commandOverrider", "nope", "add", "[-x]", "/spec/template/spec/containers/0/command", """["/app","--a","--b","--a"]""")]
    [InlineData("commandOverrider", "app", "replace", "[-x]", "/spec/template/spec/containers/0/command", """["/app","--a","--b","--a"]""")]
    [InlineData("argsOverrider", "app", "add", "[p, q]", "/spec/template/spec/containers/0/args", """["x","p","q"]""")]
    [InlineData("argsOverrider", "app", "remove", "[x]", "/spec/template/spec/containers/0/args", "[]")]
    [InlineData("argsOverrider", "sidecar", "add", "[--v=2]", "/spec/template/spec/containers/1/args", """["--v=2"]""")]
    [InlineData("argsOverrider", "app", "add", "[--v=2]", "/spec/template/spec/containers/0/command", """["/app","--a","--b","--a"]""")]
    public void Adds_and_removes_by_container_name(string list, string container, string op, string value, string path, string expected)
    {
        var result = Fixtures.Overridden(Workload(), $"{list}: [{{containerName: {container}, operator: {op}, value: {value}}}]");

        Assert.Equal(expected, Fixtures.At(result, path));
    }

    [Fact]
    public void Pods_use_spec_containers_and_other_kinds_are_left_alone()
    {
        var pod = Fixtures.Obj("{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: app, image: app, args: [a]}]}}");
        Assert.Equal("""["a","b"]""", Fixtures.At(Fixtures.Overridden(pod, "argsOverrider: [{containerName: app, operator: add, value: [b]}]"), "/spec/containers/0/args"));

        var custom = Fixtures.Obj("{apiVersion: x/v1, kind: App, metadata: {name: a}, spec: {template: {spec: {containers: [{name: app, args: [a]}]}}}}");
        Assert.Equal(custom.ToJsonString(), Fixtures.Overridden(custom, "argsOverrider: [{containerName: app, operator: add, value: [b]}]").ToJsonString());
    }

    [Fact]
    public void Command_runs_before_args_and_each_list_in_order()
    {
        var result = Fixtures.Overridden(Workload(), """
            argsOverrider:
            - {containerName: app, operator: add, value: ["1"]}
            - {containerName: app, operator: remove, value: [x]}
            commandOverrider:
            - {containerName: app, operator: remove, value: [--a]}
            - {containerName: app, operator: add, value: [--a]}
            """);

        Assert.Equal("""["/app","--b","--a"]""", Fixtures.At(result, "/spec/template/spec/containers/0/command"));
        Assert.Equal("""["1"]""", Fixtures.At(result, "/spec/template/spec/containers/0/args"));
    }
}
