namespace Karmada.Orleans.Policies.Tests;

public sealed class FieldOverriderTests
{
    private static JsonObject ConfigMap() => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = "app-config" },
        ["data"] = new JsonObject
        {
            ["config.json"] = """{"db":{"host":"db.local","port":5432},"features":["a","b"]}""",
            ["db-config.yaml"] = "database:\n  host: db.local\n  port: 5432\nreplicas:\n- r1\n",
            ["count"] = 3,
        },
    };

    [Theory]
    [InlineData("replace", "/db/host", "db.prod", """{"db":{"host":"db.prod","port":5432},"features":["a","b"]}""")]
    [InlineData("add", "/db/user", "admin", """{"db":{"host":"db.local","port":5432,"user":"admin"},"features":["a","b"]}""")]
    [InlineData("add", "/features/-", "c", """{"db":{"host":"db.local","port":5432},"features":["a","b","c"]}""")]
    [InlineData("remove", "/db/port", null, """{"db":{"host":"db.local"},"features":["a","b"]}""")]
    public void Patches_an_embedded_json_document(string op, string subPath, string? value, string expected)
    {
        var result = Fixtures.Overridden(ConfigMap(), $$"""
            fieldOverrider:
            - fieldPath: /data/config.json
              json:
              - subPath: {{subPath}}
                operator: {{op}}
            {{(value is null ? "" : $"    value: {value}")}}
            """);

        Assert.Equal(expected, result["data"]!["config.json"]!.GetValue<string>());
    }

    [Fact]
    public void Patches_an_embedded_yaml_document_and_keeps_it_yaml()
    {
        var result = Fixtures.Overridden(ConfigMap(), """
            fieldOverrider:
            - fieldPath: /data/db-config.yaml
              yaml:
              - {subPath: /database/host, operator: replace, value: db.prod}
              - {subPath: /database/tls, operator: add, value: {enabled: true}}
              - {subPath: /replicas/0, operator: remove}
            """);

        Assert.Equal("database:\n  host: db.prod\n  port: 5432\n  tls:\n    enabled: true\nreplicas: []\n", result["data"]!["db-config.yaml"]!.GetValue<string>());
    }

    [Fact]
    public void Operations_chain_and_yaml_wins_when_both_are_set()
    {
        var result = Fixtures.Overridden(ConfigMap(), """
            fieldOverrider:
            - fieldPath: /data/config.json
              json:
              - {subPath: /db/port, operator: replace, value: 6432}
            - fieldPath: /data/config.json
              json:
              - {subPath: /db/port, operator: replace, value: 7432}
            - fieldPath: /data/db-config.yaml
              json:
              - {subPath: /ignored, operator: add, value: 1}
              yaml:
              - {subPath: /database/port, operator: replace, value: 1}
            """);

        Assert.Equal("""{"db":{"host":"db.local","port":7432},"features":["a","b"]}""", result["data"]!["config.json"]!.GetValue<string>());
        Assert.Equal("database:\n  host: db.local\n  port: 1\nreplicas:\n- r1\n", result["data"]!["db-config.yaml"]!.GetValue<string>());
    }

    [Fact]
    public void Escaped_field_paths_reach_keys_with_slashes()
    {
        var obj = ConfigMap();
        obj["data"]!["a/b.json"] = "{}";

        var result = Fixtures.Overridden(obj, "fieldOverrider: [{fieldPath: /data/a~1b.json, json: [{subPath: /x, operator: add, value: 1}]}]");

        Assert.Equal("""{"x":1}""", result["data"]!["a/b.json"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/data/count", "json: [{subPath: /x, operator: add, value: 1}]", "/data/count", "is not a string")]
    [InlineData("/data/missing", "json: [{subPath: /x, operator: add, value: 1}]", "/data/missing", "is not a string")]
    [InlineData("/data/db-config.yaml", "json: [{subPath: /x, operator: add, value: 1}]", "/data/db-config.yaml", "is not a JSON document")]
    [InlineData("/data/config.json", "json: [{subPath: /nope/x, operator: add, value: 1}]", "/data/config.json/nope/x", "doc is missing path")]
    [InlineData("/data/db-config.yaml", "yaml: [{subPath: /database/nope, operator: replace, value: 1}]", "/data/db-config.yaml/database/nope", "replace operation does not apply")]
    public void Failures_name_the_field_and_the_path(string fieldPath, string operations, string path, string reason)
    {
        var result = Fixtures.ApplyOverriders(ConfigMap(), $"fieldOverrider: [{{fieldPath: {fieldPath}, {operations}}}]");

        Assert.False(result.Succeeded);
        Assert.Equal("spec.overrideRules[0].overriders.fieldOverrider[0]", result.Error!.Field);
        Assert.Equal(path, result.Error.Path);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_operations_the_field_is_left_alone()
    {
        var result = Fixtures.Overridden(ConfigMap(), "fieldOverrider: [{fieldPath: /data/config.json}]");

        Assert.Equal(ConfigMap().ToJsonString(), result.ToJsonString());
    }
}
