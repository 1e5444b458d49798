using Karmada.Orleans.Patching.JsonPatch;
using Karmada.Orleans.Patching.Tests.Support;

namespace Karmada.Orleans.Patching.Tests.JsonPatch;

public sealed class JsonPatchDocumentTests
{
    [Theory]
    [InlineData("{'a':1}", "[{'op':'add','path':'/b','value':2}]", "{'a':1,'b':2}")]
    [InlineData("{'a':1}", "[{'op':'add','path':'/a','value':2}]", "{'a':2}")]
    [InlineData("{'a':[1,2]}", "[{'op':'add','path':'/a/1','value':9}]", "{'a':[1,9,2]}")]
    [InlineData("{'a':[1,2]}", "[{'op':'add','path':'/a/2','value':9}]", "{'a':[1,2,9]}")]
    [InlineData("{'a':[1,2]}", "[{'op':'add','path':'/a/-','value':9}]", "{'a':[1,2,9]}")]
    [InlineData("{'a':1}", "[{'op':'add','path':'','value':{'z':0}}]", "{'z':0}")]
    [InlineData("{'a':1,'b':2}", "[{'op':'remove','path':'/a'}]", "{'b':2}")]
    [InlineData("{'a':[1,2,3]}", "[{'op':'remove','path':'/a/0'}]", "{'a':[2,3]}")]
    [InlineData("{'a':1,'b':2}", "[{'op':'replace','path':'/a','value':'x'}]", "{'a':'x','b':2}")]
    [InlineData("{'a':[1,2]}", "[{'op':'replace','path':'/a/1','value':7}]", "{'a':[1,7]}")]
    // kube-apiserver (evanphx/json-patch v4) lets replace set a member the object does not have yet.
    [InlineData("{'a':1}", "[{'op':'replace','path':'/b','value':2}]", "{'a':1,'b':2}")]
    [InlineData("{'a':{'b':1},'c':{}}", "[{'op':'move','from':'/a/b','path':'/c/d'}]", "{'a':{},'c':{'d':1}}")]
    [InlineData("{'a':[1,2,3]}", "[{'op':'move','from':'/a/0','path':'/a/-'}]", "{'a':[2,3,1]}")]
    [InlineData("{'a':{'b':[1]}}", "[{'op':'copy','from':'/a','path':'/c'}]", "{'a':{'b':[1]},'c':{'b':[1]}}")]
    [InlineData("{'a':{'b':1.0}}", "[{'op':'test','path':'/a','value':{'b':1}}]", "{'a':{'b':1.0}}")]
    [InlineData("{'a/b':{'c~d':1}}", "[{'op':'replace','path':'/a~1b/c~0d','value':2}]", "{'a/b':{'c~d':2}}")]
    [InlineData("{'':{'':1}}", "[{'op':'replace','path':'//','value':2}]", "{'':{'':2}}")]
    [InlineData("{'a':1}", "[]", "{'a':1}")]
    public void Applies_operations_in_order(string document, string patch, string expected)
        => TestJson.Equal(expected, JsonPatchDocument.Apply(TestJson.Parse(document), TestJson.Parse(patch)));

    [Theory]
    [InlineData("[{'op':'remove','path':'/zzz'}]", "json patch operation 0 (remove /zzz): path /zzz does not exist")]
    [InlineData("[{'op':'add','path':'/b','value':1},{'op':'test','path':'/a','value':2}]", "json patch operation 1 (test /a): test failed: value is 1, expected 2")]
    [InlineData("[{'op':'bogus','path':'/a'}]", "json patch operation 0 (bogus /a): unknown op \"bogus\" (expected add, remove, replace, move, copy or test)")]
    [InlineData("[{'path':'/a'}]", "json patch operation 0 (<missing op> /a): missing \"op\"")]
    [InlineData("[{'op':'add','path':'/l/5','value':1}]", "json patch operation 0 (add /l/5): index 5 is out of range for /l/5 (array has 2 items)")]
    [InlineData("[{'op':'add','path':'/l/01','value':1}]", "json patch operation 0 (add /l/01): index 01 is out of range for /l/01 (array has 2 items)")]
    [InlineData("[{'op':'add','path':'/x/y','value':1}]", "json patch operation 0 (add /x/y): path /x/y does not exist: missing /x")]
    [InlineData("[{'op':'add','path':'/a'}]", "json patch operation 0 (add /a): missing \"value\"")]
    [InlineData("[{'op':'replace','path':'/l/7','value':1}]", "json patch operation 0 (replace /l/7): path /l/7 does not exist")]
    [InlineData("[{'op':'replace','path':'/x/y','value':1}]", "json patch operation 0 (replace /x/y): path /x/y does not exist: missing /x")]
    [InlineData("[{'op':'move','from':'/o','path':'/o/x'}]", "json patch operation 0 (move /o/x): cannot move /o into one of its own children")]
    [InlineData("[{'op':'copy','from':'/nope','path':'/b'}]", "json patch operation 0 (copy /b): path /nope does not exist")]
    [InlineData("[{'op':'add','path':'a','value':1}]", "json patch operation 0 (add a): JSON pointer a must be empty or start with '/'")]
    [InlineData("[{'op':'add','path':'/a~2','value':1}]", "json patch operation 0 (add /a~2): JSON pointer /a~2 has an invalid escape: '~' must be followed by 0 or 1")]
    public void Failing_operation_is_a_422_naming_index_and_path(string patch, string detail)
    {
        var error = Assert.Throws<PatchNotApplicableException>(() => JsonPatchDocument.Apply(TestJson.Parse("{'a':1,'l':[1,2],'o':{}}"), TestJson.Parse(patch)));
        Assert.Equal(detail, error.Detail);
        Assert.Equal(422, error.StatusCode);
        Assert.Equal("Invalid", error.Reason);
        Assert.StartsWith("the server rejected our request due to an error in our request: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'op':'add'}", "json: cannot unmarshal object into Go value of type jsonpatch.Patch")]
    [InlineData("'x'", "json: cannot unmarshal string into Go value of type jsonpatch.Patch")]
    [InlineData("[1]", "json: cannot unmarshal number into Go value of type map[string]*json.RawMessage")]
    public void Patch_that_is_not_an_array_of_objects_is_a_400(string patch, string message)
    {
        var error = Assert.Throws<BadPatchException>(() => JsonPatchDocument.Apply(TestJson.Parse("{}"), TestJson.Parse(patch)));
        Assert.Equal(message, error.Message);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void A_failed_patch_leaves_the_document_untouched()
    {
        var document = TestJson.Parse("{'a':1}");
        Assert.Throws<PatchNotApplicableException>(() => JsonPatchDocument.Apply(document, TestJson.Parse("[{'op':'add','path':'/b','value':2},{'op':'remove','path':'/c'}]")));
        TestJson.Equal("{'a':1}", document);
    }

    [Fact]
    public void Status_carries_kube_text_code_and_reason()
    {
        var error = Assert.Throws<PatchNotApplicableException>(() => JsonPatchDocument.Apply(TestJson.Parse("{}"), TestJson.Parse("[{'op':'remove','path':'/a'}]")));
        var status = error.ToStatus();
        Assert.Equal(422, (int)status["code"]!);
        Assert.Equal("Invalid", (string?)status["reason"]);
        Assert.Equal("Failure", (string?)status["status"]);
    }
}
