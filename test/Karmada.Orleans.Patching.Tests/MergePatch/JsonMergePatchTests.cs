using Karmada.Orleans.Patching.MergePatch;
using Karmada.Orleans.Patching.Tests.Support;

namespace Karmada.Orleans.Patching.Tests.MergePatch;

public sealed class JsonMergePatchTests
{
    // The examples of RFC 7386 appendix A.
    [Theory]
    [InlineData("{'a':'b'}", "{'a':'c'}", "{'a':'c'}")]
    [InlineData("{'a':'b'}", "{'b':'c'}", "{'a':'b','b':'c'}")]
    [InlineData("{'a':'b'}", "{'a':null}", "{}")]
    [InlineData("{'a':'b','b':'c'}", "{'a':null}", "{'b':'c'}")]
    [InlineData("{'a':['b']}", "{'a':'c'}", "{'a':'c'}")]
    [InlineData("{'a':'c'}", "{'a':['b']}", "{'a':['b']}")]
    [InlineData("{'a':{'b':'c'}}", "{'a':{'b':'d','c':null}}", "{'a':{'b':'d'}}")]
    [InlineData("{'a':[{'b':'c'}]}", "{'a':[1]}", "{'a':[1]}")]
    [InlineData("['a','b']", "['c','d']", "['c','d']")]
    [InlineData("{'a':'b'}", "['c']", "['c']")]
    [InlineData("{'a':'foo'}", "null", "null")]
    [InlineData("{'a':'foo'}", "'bar'", "'bar'")]
    [InlineData("{'e':null}", "{'a':1}", "{'e':null,'a':1}")]
    [InlineData("[1,2]", "{'a':'b','c':null}", "{'a':'b'}")]
    [InlineData("{}", "{'a':{'bb':{'ccc':null}}}", "{'a':{'bb':{}}}")]
    public void Rfc7386_examples(string target, string patch, string expected)
        => TestJson.Equal(expected, JsonMergePatch.Apply(TestJson.Parse(target), TestJson.Parse(patch)));

    [Fact]
    public void Does_not_modify_its_inputs()
    {
        var target = TestJson.Object("{'a':{'b':1}}");
        var patch = TestJson.Object("{'a':{'c':2}}");
        JsonMergePatch.Apply(target, patch);
        TestJson.Equal("{'a':{'b':1}}", target);
        TestJson.Equal("{'a':{'c':2}}", patch);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1]")]
    public void Object_patch_that_is_not_an_object_is_kubes_500(string patch)
    {
        var error = Assert.Throws<PatchFailedException>(() => JsonMergePatch.ApplyToObject(TestJson.Object("{}"), patch));
        Assert.Equal("Invalid JSON Patch", error.Message);
        Assert.Equal(500, error.StatusCode);
        Assert.Null(error.Reason);
    }

    public static TheoryData<string> Golden => GoldenFiles.Cases("merge");

    [Theory]
    [MemberData(nameof(Golden))]
    public void Matches_kube_apiserver(string name)
    {
        var golden = GoldenFiles.Read("merge", name);
        TestJson.Equal(golden["expected"], JsonMergePatch.ApplyToObject(golden["original"]!.AsObject(), golden["patch"]));
    }
}
