namespace Karmada.Orleans.Policies.Tests;

public sealed class JsonPatcherTests
{
    private const string Doc = """{"a":{"b":1,"list":[1,2,3]},"k/e~y":true}""";

    [Theory]
    [InlineData("add", "/a/c", "5", """{"a":{"b":1,"list":[1,2,3],"c":5},"k/e~y":true}""")]
    [InlineData("add", "/a/b", "\"s\"", """{"a":{"b":"s","list":[1,2,3]},"k/e~y":true}""")]
    [InlineData("add", "/a/list/0", "0", """{"a":{"b":1,"list":[0,1,2,3]},"k/e~y":true}""")]
    [InlineData("add", "/a/list/3", "4", """{"a":{"b":1,"list":[1,2,3,4]},"k/e~y":true}""")]
    [InlineData("add", "/a/list/-", "4", """{"a":{"b":1,"list":[1,2,3,4]},"k/e~y":true}""")]
    [InlineData("add", "/a/list/-1", "9", """{"a":{"b":1,"list":[1,2,9,3]},"k/e~y":true}""")]
    [InlineData("add", "/new", "{\"x\":[1]}", """{"a":{"b":1,"list":[1,2,3]},"k/e~y":true,"new":{"x":[1]}}""")]
    [InlineData("replace", "/a/b", "{\"x\":1}", """{"a":{"b":{"x":1},"list":[1,2,3]},"k/e~y":true}""")]
    [InlineData("replace", "/a/list/1", "20", """{"a":{"b":1,"list":[1,20,3]},"k/e~y":true}""")]
    [InlineData("replace", "/a/list/-1", "30", """{"a":{"b":1,"list":[1,2,30]},"k/e~y":true}""")]
    [InlineData("replace", "/k~1e~0y", "false", """{"a":{"b":1,"list":[1,2,3]},"k/e~y":false}""")]
    [InlineData("remove", "/a/b", null, """{"a":{"list":[1,2,3]},"k/e~y":true}""")]
    [InlineData("remove", "/a/list/0", null, """{"a":{"b":1,"list":[2,3]},"k/e~y":true}""")]
    [InlineData("remove", "/k~1e~0y", null, """{"a":{"b":1,"list":[1,2,3]}}""")]
    [InlineData("replace", "", "[1]", "[1]")]
    [InlineData("add", "", "{}", "{}")]
    public void Applies_rfc6902_operations(string op, string path, string? value, string expected)
    {
        var result = JsonPatcher.Apply(JsonNode.Parse(Doc), new PatchOperation(op, path, value is null ? null : JsonNode.Parse(value)));

        Assert.Equal(expected, result!.ToJsonString());
    }

    [Theory]
    [InlineData("add", "/missing/child", "doc is missing path \"/missing/child\"")]
    [InlineData("add", "/a/b/c", "doc is missing path")]
    [InlineData("add", "/a/list/5", "index 5 is out of range")]
    [InlineData("add", "/a/list/x", "\"x\" is not an array index")]
    [InlineData("replace", "/a/missing", "replace operation does not apply: doc is missing path \"/a/missing\"")]
    [InlineData("replace", "/a/list/3", "index 3 is out of range")]
    [InlineData("remove", "/a/missing", "remove operation does not apply")]
    [InlineData("remove", "/a/list/-4", "index -4 is out of range")]
    [InlineData("remove", "", "cannot remove the whole document")]
    [InlineData("move", "/a", "unsupported operation \"move\"")]
    [InlineData("add", "a", "must be empty or start with")]
    public void Reports_operations_that_do_not_apply(string op, string path, string message)
    {
        var e = Assert.Throws<JsonPatchException>(() => JsonPatcher.Apply(JsonNode.Parse(Doc), new PatchOperation(op, path, JsonValue.Create(1))));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Operations_apply_in_order_and_values_are_copied()
    {
        var value = JsonNode.Parse("""{"x":1}""");
        var doc = JsonPatcher.Apply(JsonNode.Parse("{}"), [
            new PatchOperation("add", "/one", value),
            new PatchOperation("add", "/two", value),
            new PatchOperation("replace", "/one/x", JsonValue.Create(2)),
        ]);

        Assert.Equal("""{"one":{"x":2},"two":{"x":1}}""", doc!.ToJsonString());
        Assert.Equal("""{"x":1}""", value!.ToJsonString());
    }
}
