namespace Karmada.Orleans.Policies.Tests;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("/", new[] { "" })]
    [InlineData("/spec/replicas", new[] { "spec", "replicas" })]
    [InlineData("/metadata/labels/app.kubernetes.io~1name", new[] { "metadata", "labels", "app.kubernetes.io/name" })]
    [InlineData("/a~0b/~01", new[] { "a~b", "~1" })]
    [InlineData("/spec/containers/0/image", new[] { "spec", "containers", "0", "image" })]
    public void Parses_tokens_with_escapes(string pointer, string[] expected)
    {
        Assert.Equal(expected, JsonPointer.Parse(pointer));
    }

    [Theory]
    [InlineData("spec/replicas", "must be empty or start with a \"/\"")]
    [InlineData("/a~2", "invalid escape")]
    [InlineData("/a~", "invalid escape")]
    public void Rejects_what_is_not_a_pointer(string pointer, string reason)
    {
        Assert.Null(JsonPointer.TryParse(pointer, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => JsonPointer.Parse(pointer));
    }

    [Theory]
    [InlineData("a/b~c")]
    [InlineData("~1")]
    [InlineData("plain")]
    public void Escape_round_trips(string token)
    {
        Assert.Equal([token], JsonPointer.Parse("/" + JsonPointer.Escape(token)));
        Assert.Equal("/x/" + JsonPointer.Escape(token), JsonPointer.Format(["x", token]));
    }

    [Fact]
    public void TryGet_walks_objects_and_arrays()
    {
        var doc = JsonNode.Parse("""{"a":{"b":[10,{"c":"x"}]}}""");

        Assert.True(JsonPointer.TryGet(doc, JsonPointer.Parse("/a/b/1/c"), out var node));
        Assert.Equal("x", node!.GetValue<string>());
        Assert.False(JsonPointer.TryGet(doc, JsonPointer.Parse("/a/b/2"), out _));
        Assert.False(JsonPointer.TryGet(doc, JsonPointer.Parse("/a/x"), out _));
        Assert.False(JsonPointer.TryGet(doc, JsonPointer.Parse("/a/b/c"), out _));
    }
}
