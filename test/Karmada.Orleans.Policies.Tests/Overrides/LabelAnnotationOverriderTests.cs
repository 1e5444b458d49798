namespace Karmada.Orleans.Policies.Tests;

public sealed class LabelAnnotationOverriderTests
{
    private static JsonObject Obj() => Fixtures.Obj("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: c
          labels: {app: web, tier: front, app.kubernetes.io/name: web}
          annotations: {note: keep}
        """);

    [Theory]
    [InlineData("labelsOverrider", "add", "{env: dev}", "/metadata/labels", """{"app":"web","tier":"front","app.kubernetes.io/name":"web","env":"dev"}""")]
    [InlineData("labelsOverrider", "add", "{app: api}", "/metadata/labels", """{"app":"api","tier":"front","app.kubernetes.io/name":"web"}""")]
    [InlineData("labelsOverrider", "remove", "{tier: anything, missing: x}", "/metadata/labels", """{"app":"web","app.kubernetes.io/name":"web"}""")]
    [InlineData("labelsOverrider", "replace", "{app: api, missing: x}", "/metadata/labels", """{"app":"api","tier":"front","app.kubernetes.io/name":"web"}""")]
    [InlineData("labelsOverrider", "replace", "{app.kubernetes.io/name: api}", "/metadata/labels", """{"app":"web","tier":"front","app.kubernetes.io/name":"api"}""")]
    [InlineData("labelsOverrider", "remove", "{app.kubernetes.io/name: ''}", "/metadata/labels", """{"app":"web","tier":"front"}""")]
    [InlineData("labelsOverrider", "add", "{example.com/team: a}", "/metadata/labels", """{"app":"web","tier":"front","app.kubernetes.io/name":"web","example.com/team":"a"}""")]
    [InlineData("annotationsOverrider", "add", "{env: dev}", "/metadata/annotations", """{"note":"keep","env":"dev"}""")]
    [InlineData("annotationsOverrider", "remove", "{note: ''}", "/metadata/annotations", "{}")]
    [InlineData("annotationsOverrider", "replace", "{note: changed, bom: x}", "/metadata/annotations", """{"note":"changed"}""")]
    public void Add_sets_and_remove_and_replace_touch_only_existing_keys(string list, string op, string value, string path, string expected)
    {
        var result = Fixtures.Overridden(Obj(), $"{list}: [{{operator: {op}, value: {value}}}]");

        Assert.Equal(expected, Fixtures.At(result, path));
    }

    [Fact]
    public void Add_creates_the_map_and_remove_or_replace_of_a_missing_map_changes_nothing()
    {
        var bare = Fixtures.Obj("{apiVersion: v1, kind: ConfigMap, metadata: {name: c}}");

        var added = Fixtures.Overridden(bare, "labelsOverrider: [{operator: add, value: {env: dev}}]\nannotationsOverrider: [{operator: add, value: {a: b}}]");
        Assert.Equal("""{"name":"c","labels":{"env":"dev"},"annotations":{"a":"b"}}""", Fixtures.At(added, "/metadata"));

        var untouched = Fixtures.Overridden(bare, "labelsOverrider: [{operator: remove, value: {env: dev}}, {operator: replace, value: {env: x}}]");
        Assert.Equal("""{"name":"c"}""", Fixtures.At(untouched, "/metadata"));
    }

    [Fact]
    public void Later_overriders_win()
    {
        var result = Fixtures.Overridden(Obj(), """
            labelsOverrider:
            - {operator: add, value: {env: dev}}
            - {operator: replace, value: {env: prod}}
            - {operator: remove, value: {app: ''}}
            - {operator: add, value: {app: again}}
            """);

        Assert.Equal("""{"tier":"front","app.kubernetes.io/name":"web","env":"prod","app":"again"}""", Fixtures.At(result, "/metadata/labels"));
    }

    [Fact]
    public void An_unknown_operator_is_an_error()
    {
        var result = Fixtures.ApplyOverriders(Obj(), "labelsOverrider: [{operator: add, value: {a: b}}, {operator: merge, value: {a: b}}]");

        Assert.Equal("spec.overrideRules[0].overriders.labelsOverrider[1]", result.Error!.Field);
        Assert.Contains("unsupported operator \"merge\"", result.Error.Message, StringComparison.Ordinal);
    }
}
