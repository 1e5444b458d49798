namespace Karmada.Orleans.Policies.Tests;

public sealed class PlaintextOverriderTests
{
    [Theory]
    [InlineData("replace", "/spec/replicas", "5", "/spec/replicas", "5")]
    [InlineData("add", "/spec/paused", "true", "/spec/paused", "true")]
    [InlineData("add", "/metadata/annotations", "{a: b}", "/metadata/annotations", """{"a":"b"}""")]
    [InlineData("remove", "/spec/selector", null, "/spec/selector", "<missing>")]
    [InlineData("add", "/spec/template/spec/containers/-", "{name: sidecar, image: envoy}", "/spec/template/spec/containers/1/name", "\"sidecar\"")]
    [InlineData("add", "/spec/template/spec/containers/0", "{name: first, image: x}", "/spec/template/spec/containers/1/name", "\"nginx\"")]
    [InlineData("replace", "/spec/template/spec/containers/0/image", "nginx:1.25", "/spec/template/spec/containers/0/image", "\"nginx:1.25\"")]
    [InlineData("add", "/metadata/labels/app.kubernetes.io~1name", "web", "/metadata/labels/app.kubernetes.io~1name", "\"web\"")]
    [InlineData("replace", "/spec/template", "{spec: {containers: []}}", "/spec/template", """{"spec":{"containers":[]}}""")]
    public void Applies_json_patch_operations_to_the_whole_object(string op, string path, string? value, string check, string expected)
    {
        var result = Fixtures.Overridden(Fixtures.Deployment(), $$"""
            plaintext:
            - path: {{path}}
              operator: {{op}}
            {{(value is null ? "" : $"  value: {value}")}}
            """);

        Assert.Equal(expected, Fixtures.At(result, check));
    }

    [Theory]
    [InlineData("replace", "/spec/missing", "replace operation does not apply")]
    [InlineData("remove", "/metadata/annotations", "remove operation does not apply")]
    [InlineData("add", "/spec/strategy/type", "doc is missing path \"/spec/strategy/type\"")]
    [InlineData("test", "/spec/replicas", "unsupported operation \"test\"")]
    public void Operations_that_do_not_apply_fail_with_policy_field_and_path(string op, string path, string reason)
    {
        var result = Fixtures.ApplyOverriders(Fixtures.Deployment(), $"plaintext: [{{path: /spec/replicas, operator: replace, value: 1}}, {{path: {path}, operator: {op}, value: 1}}]");

        Assert.Null(result.Object);
        Assert.Equal(new OverrideError("ClusterOverridePolicy", null, "cop", "spec.overrideRules[0].overriders.plaintext[1]", path, result.Error!.Reason), result.Error);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("apply ClusterOverridePolicy cop failed: spec.overrideRules[0].overriders.plaintext[1]: ", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plaintext_runs_after_every_other_overrider()
    {
        var result = Fixtures.Overridden(Fixtures.Deployment("nginx"), """
            plaintext:
            - {path: /metadata/labels/env, operator: replace, value: from-plaintext}
            - {path: /spec/template/spec/containers/0/image, operator: replace, value: plain}
            labelsOverrider:
            - {operator: add, value: {env: from-labels}}
            imageOverrider:
            - {component: Tag, operator: replace, value: from-image}
            """);

        Assert.Equal("\"from-plaintext\"", Fixtures.At(result, "/metadata/labels/env"));
        Assert.Equal("\"plain\"", Fixtures.At(result, "/spec/template/spec/containers/0/image"));
    }

    [Fact]
    public void Replacing_the_object_with_a_non_object_fails()
    {
        var result = Fixtures.ApplyOverriders(Fixtures.Deployment(), "plaintext: [{path: '', operator: replace, value: 1}]");

        Assert.Contains("no longer a JSON object", result.Error!.Message, StringComparison.Ordinal);
    }
}
