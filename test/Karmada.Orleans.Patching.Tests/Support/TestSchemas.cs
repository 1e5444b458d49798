using Karmada.Orleans.Patching.Schema;

namespace Karmada.Orleans.Patching.Tests.Support;

/// <summary>A small OpenAPI v2 document exercising every strategy: test/v1 Thing.</summary>
internal static class TestSchemas
{
    public static readonly GroupVersionKind Thing = new("test", "v1", "Thing");

    public static PatchSchema Things { get; } = PatchSchema.FromOpenApiV2(TestJson.Object("""
        {'definitions': {
          'test.v1.Thing': {
            'x-kubernetes-group-version-kind': [{'group':'test','version':'v1','kind':'Thing'}],
            'properties': {
              'apiVersion': {'type':'string'}, 'kind': {'type':'string'},
              'metadata': {'$ref':'#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'},
              'list': {'type':'array','items':{'$ref':'#/definitions/test.v1.Item'},'x-kubernetes-patch-strategy':'merge','x-kubernetes-patch-merge-key':'name'},
              'set': {'type':'array','items':{'type':'string'},'x-kubernetes-patch-strategy':'merge'},
              'atomic': {'type':'array','items':{'type':'string'}},
              'objects': {'type':'array','items':{'$ref':'#/definitions/test.v1.Item'}},
              'ports': {'type':'array','items':{'$ref':'#/definitions/test.v1.Port'},'x-kubernetes-list-type':'map','x-kubernetes-list-map-keys':['port','protocol']},
              'union': {'$ref':'#/definitions/test.v1.Union','x-kubernetes-patch-strategy':'retainKeys'},
              'selector': {'$ref':'#/definitions/test.v1.Selector'},
              'map': {'type':'object','additionalProperties':{'type':'string'}},
              'count': {'type':'integer'}, 'flag': {'type':'boolean'}, 'ratio': {'type':'number'},
              'port': {'type':'string','format':'int-or-string'},
              'raw': {'type':'object'}
            }
          },
          'test.v1.Item': {'properties': {'name':{'type':'string'},'value':{'type':'integer'},
              'tags':{'type':'array','items':{'type':'string'},'x-kubernetes-patch-strategy':'merge'},
              'nested':{'type':'array','items':{'$ref':'#/definitions/test.v1.Item'},'x-kubernetes-patch-strategy':'merge','x-kubernetes-patch-merge-key':'name'}}},
          'test.v1.Port': {'properties': {'port':{'type':'integer'},'protocol':{'type':'string','default':'TCP'},'name':{'type':'string'}}},
          'test.v1.Union': {'properties': {'foo':{'type':'string'},'bar':{'type':'string'},'other':{'type':'string'}}},
          'test.v1.Selector': {'x-kubernetes-map-type':'atomic','properties': {'matchLabels':{'type':'object','additionalProperties':{'type':'string'}}}},
          'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {'properties': {
              'name':{'type':'string'},'namespace':{'type':'string'},'uid':{'type':'string'},'resourceVersion':{'type':'string'},
              'generation':{'type':'integer'},'creationTimestamp':{'type':'string'},
              'labels':{'type':'object','additionalProperties':{'type':'string'}},
              'annotations':{'type':'object','additionalProperties':{'type':'string'}},
              'finalizers':{'type':'array','items':{'type':'string'},'x-kubernetes-patch-strategy':'merge'},
              'managedFields':{'type':'array','items':{'type':'object'}}}}
        }}
        """));

    /// <summary>A Thing with the given top-level fields (JSON object body without braces).</summary>
    public static string ThingJson(string fields)
        => "{'apiVersion':'test/v1','kind':'Thing','metadata':{'name':'t'}" + (fields.Length > 0 ? "," + fields : "") + "}";
}
