using Karmada.Orleans.Patching.Schema;
using Karmada.Orleans.Patching.Strategic;
using Karmada.Orleans.Patching.Tests.Support;

namespace Karmada.Orleans.Patching.Tests.Strategic;

public sealed class StrategicMergePatchTests
{
    [Theory]
    // Lists with a merge key merge item by item; new items go before the server's (as kube does).
    [InlineData("'list':[{'name':'a','value':1},{'name':'b','value':2}]", "{'list':[{'name':'b','value':3}]}", "'list':[{'name':'a','value':1},{'name':'b','value':3}]")]
    [InlineData("'list':[{'name':'a'},{'name':'b'}]", "{'list':[{'name':'c'}]}", "'list':[{'name':'c'},{'name':'a'},{'name':'b'}]")]
    [InlineData("'list':[{'name':'a'},{'name':'b'}]", "{'list':[{'name':'b','$patch':'delete'}]}", "'list':[{'name':'a'}]")]
    [InlineData("'list':[{'name':'a'},{'name':'b'}]", "{'list':[{'name':'c'},{'$patch':'replace'}]}", "'list':[{'name':'c'}]")]
    [InlineData("'list':[{'name':'a','tags':['x']}]", "{'list':[{'name':'a','tags':['y']}]}", "'list':[{'name':'a','tags':['y','x']}]")]
    [InlineData("'list':[{'name':'a','nested':[{'name':'n','value':1}]}]", "{'list':[{'name':'a','nested':[{'name':'n','value':2}]}]}", "'list':[{'name':'a','nested':[{'name':'n','value':2}]}]")]
    [InlineData("'list':[{'name':'a','value':1}]", "{'list':[{'name':'a','value':null}]}", "'list':[{'name':'a'}]")]
    [InlineData("", "{'list':[{'name':'a','value':null,'$patch':'delete'},{'name':'b','value':null}]}", "'list':[{'name':'b'}]")]
    // Scalar lists with strategy merge are sets.
    [InlineData("'set':['a','b','c']", "{'set':['d','a']}", "'set':['d','a','b','c']")]
    [InlineData("'set':['a','b','c']", "{'$deleteFromPrimitiveList/set':['b','zz']}", "'set':['a','c']")]
    [InlineData("'set':['a']", "{'$deleteFromPrimitiveList/set':['a']}", "")]
    [InlineData("'set':['a','b','c']", "{'$setElementOrder/set':['c','a','b']}", "'set':['c','a','b']")]
    [InlineData("'set':['a','b']", "{'$setElementOrder/set':['b','x','a'],'set':['x']}", "'set':['b','x','a']")]
    // $setElementOrder on a keyed list; an item the order omits is interleaved by server order (verified on kube 1.20).
    [InlineData("'list':[{'name':'a'},{'name':'b'},{'name':'c'}]", "{'$setElementOrder/list':[{'name':'c'},{'name':'a'}],'list':[{'name':'a','value':1}]}", "'list':[{'name':'b'},{'name':'c'},{'name':'a','value':1}]")]
    [InlineData("'list':[{'name':'a'},{'name':'b'}]", "{'$setElementOrder/list':[{'name':'b'},{'name':'a'}]}", "'list':[{'name':'b'},{'name':'a'}]")]
    // Lists without a strategy are replaced.
    [InlineData("'atomic':['a','b']", "{'atomic':['c']}", "'atomic':['c']")]
    [InlineData("'objects':[{'name':'a','value':1}]", "{'objects':[{'name':'b'}]}", "'objects':[{'name':'b'}]")]
    // Maps merge; null deletes; $patch replaces or deletes a map.
    [InlineData("'map':{'a':'1','b':'2'}", "{'map':{'a':null,'c':'3'}}", "'map':{'b':'2','c':'3'}")]
    [InlineData("'map':{'a':'1','b':'2'}", "{'map':{'$patch':'replace','c':'3'}}", "'map':{'c':'3'}")]
    [InlineData("'map':{'a':'1'},'count':1", "{'map':{'$patch':'delete'}}", "'count':1")]
    [InlineData("'count':1", "{'count':null,'zzz':null}", "")]
    [InlineData("'count':1", "{'count':{'a':{'b':null,'c':1}}}", "'count':{'a':{'c':1}}")]
    // $retainKeys clears unlisted keys (the union example of the Kubernetes docs).
    [InlineData("'union':{'foo':'a','other':'b'}", "{'union':{'$retainKeys':['other','bar'],'other':'a','bar':'c'}}", "'union':{'other':'a','bar':'c'}")]
    [InlineData("'union':{'foo':'a','other':'b'}", "{'union':{'$retainKeys':['foo']}}", "'union':{'foo':'a'}")]
    public void Merges_by_schema(string original, string patch, string expected)
        => TestJson.Equal(
            TestSchemas.ThingJson(expected),
            StrategicMergePatch.Apply(TestJson.Object(TestSchemas.ThingJson(original)), TestJson.Parse(patch), TestSchemas.Things));

    [Theory]
    [InlineData("{'list':[{'value':1}]}", "map: map[value:1] does not contain declared merge key: name")]
    [InlineData("{'list':[{'value':1,'$patch':'delete'}]}", "map: map[$patch:delete value:1] does not contain declared merge key: name")]
    [InlineData("{'list':[{'name':'a','$patch':'merge'}]}", "merging lists cannot yet be specified in the patch")]
    [InlineData("{'list':[{'name':'a','$patch':'drop'}]}", "unknown patch type: drop in map: map[$patch:drop name:a]")]
    [InlineData("{'map':{'$patch':'merge'}}", "unknown patch type: merge in map: map[$patch:merge]")]
    [InlineData("{'$setElementOrder/list':[{'name':'b'}],'list':[{'name':'a'}]}", "The order in patch list:\n[map[name:a]]\n doesn't match $setElementOrder list:\n[map[name:b]]\n")]
    public void Broken_patches_fail_as_kube_does(string patch, string message)
    {
        var error = Assert.Throws<PatchFailedException>(
            () => StrategicMergePatch.Apply(TestJson.Object(TestSchemas.ThingJson("'list':[{'name':'a'}]")), TestJson.Parse(patch), TestSchemas.Things));
        Assert.Equal(message, error.Message);
        Assert.Equal(500, error.StatusCode);
    }

    [Theory]
    [InlineData("{'union':{'$retainKeys':['foo'],'bar':'x'}}", "invalid patch format of retainKeys")]
    [InlineData("{'union':{'$retainKeys':'foo'}}", "invalid patch format of retainKeys")]
    [InlineData("{'$deleteFromPrimitiveList/set':'a'}", "invalid patch format of primitive list")]
    [InlineData("{'$setElementOrder/set':'a'}", "invalid patch format of setElementOrder list")]
    [InlineData("['a']", "json: cannot unmarshal array into Go value of type map[string]interface {}")]
    public void Malformed_directives_are_400(string patch, string message)
    {
        var error = Assert.Throws<BadPatchException>(
            () => StrategicMergePatch.Apply(TestJson.Object(TestSchemas.ThingJson("")), TestJson.Parse(patch), TestSchemas.Things));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Custom_resources_refuse_strategic_merge_patch_with_415()
    {
        var schema = PatchSchema.Kubernetes.WithCustomResource(new GroupVersionKind("example.com", "v1", "Widget"), null);
        var widget = TestJson.Object("{'apiVersion':'example.com/v1','kind':'Widget','metadata':{'name':'w'}}");
        var error = Assert.Throws<UnsupportedPatchTypeException>(() => StrategicMergePatch.Apply(widget, TestJson.Parse("{'spec':{}}"), schema));
        Assert.Equal(415, error.StatusCode);
        Assert.Equal("UnsupportedMediaType", error.Reason);
        Assert.Equal(
            "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml",
            error.Message);
    }

    [Fact]
    public void Does_not_modify_the_original()
    {
        var original = TestJson.Object(TestSchemas.ThingJson("'list':[{'name':'a','value':1}],'map':{'a':'1'}"));
        var before = original.ToJsonString();
        StrategicMergePatch.Apply(original, TestJson.Parse("{'list':[{'name':'a','value':2},{'name':'b'}],'map':{'a':null}}"), TestSchemas.Things);
        Assert.Equal(before, original.ToJsonString());
    }

    // The walkthrough of "Update API Objects in Place Using kubectl patch" (kubernetes.io docs).
    [Fact]
    public void Docs_example_containers_merge_and_tolerations_replace()
    {
        var deployment = TestJson.Object("""
            {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'patch-demo'},
             'spec':{'replicas':2,'template':{'spec':{'containers':[{'name':'patch-demo-ctr','image':'nginx'}],
               'tolerations':[{'effect':'NoSchedule','key':'dedicated','value':'test-team'}]}}}}
            """);
        var patched = StrategicMergePatch.Apply(deployment, TestJson.Parse("""
            {'spec':{'template':{'spec':{'containers':[{'name':'patch-demo-ctr-2','image':'redis'}],
              'tolerations':[{'effect':'NoSchedule','key':'disktype','value':'ssd'}]}}}}
            """), PatchSchema.Kubernetes);
        TestJson.Equal(
            "[{'name':'patch-demo-ctr-2','image':'redis'},{'name':'patch-demo-ctr','image':'nginx'}]",
            patched["spec"]!["template"]!["spec"]!["containers"]);
        TestJson.Equal("[{'effect':'NoSchedule','key':'disktype','value':'ssd'}]", patched["spec"]!["template"]!["spec"]!["tolerations"]);

        var recreate = StrategicMergePatch.Apply(
            TestJson.Object("{'apiVersion':'apps/v1','kind':'Deployment','spec':{'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxSurge':'25%','maxUnavailable':'25%'}}}}"),
            TestJson.Parse("{'spec':{'strategy':{'$retainKeys':['type'],'type':'Recreate'}}}"),
            PatchSchema.Kubernetes);
        TestJson.Equal("{'type':'Recreate'}", recreate["spec"]!["strategy"]);
    }
}
