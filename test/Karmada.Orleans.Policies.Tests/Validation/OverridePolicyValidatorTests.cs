namespace Karmada.Orleans.Policies.Tests;

public sealed class OverridePolicyValidatorTests
{
    private static IReadOnlyList<string> Errors(string specYaml)
        => OverridePolicyValidator.Validate(Fixtures.Doc<OverrideSpec>(specYaml)).Select(e => e.ToString()).ToList();

    private static string Rule(string overriders) => $"overrideRules: [{{overriders: {overriders}}}]";

    [Fact]
    public void A_policy_using_every_overrider_correctly_is_valid()
    {
        var errors = Errors("""
            resourceSelectors:
            - {apiVersion: apps/v1, kind: Deployment, name: nginx}
            - {apiVersion: v1, kind: ConfigMap, labelSelector: {matchExpressions: [{key: app, operator: Exists}]}}
            overrideRules:
            - targetCluster:
                clusterNames: [member1]
                exclude: [member2]
                labelSelector: {matchLabels: {env: prod}}
                fieldSelector: {matchExpressions: [{key: region, operator: In, values: [eu]}]}
              overriders:
                plaintext:
                - {path: /spec/replicas, operator: replace, value: 3}
                - {path: /metadata/annotations/a, operator: remove}
                imageOverrider:
                - {component: Registry, operator: replace, value: "fictional.registry.example:10443"}
                - {component: Registry, operator: add, value: ".cn"}
                - {component: Registry, operator: remove}
                - {component: Repository, operator: replace, value: library/nginx}
                - {component: Repository, operator: add, value: "-amd64"}
                - {component: Tag, operator: replace, value: v1.19.1}
                - {component: Tag, operator: replace, value: "sha256:50d858e0985ecc7f60418aaf0cc5ab587f42c2570a884095a9e8ccacd0f6545c"}
                - {component: Tag, operator: replace, value: "@sha256:50d858e0985ecc7f60418aaf0cc5ab587f42c2570a884095a9e8ccacd0f6545c"}
                - {predicate: {path: /spec/template/spec/initContainers/0/image}, component: Tag, operator: add, value: -alpine}
                commandOverrider: [{containerName: nginx, operator: add, value: [--v=2]}]
                argsOverrider: [{containerName: nginx, operator: remove}]
                labelsOverrider: [{operator: add, value: {app.kubernetes.io/name: web, env: ""}}]
                annotationsOverrider: [{operator: replace, value: {Example.COM/Note: any text at all}}]
                fieldOverrider:
                - fieldPath: /data/config.yaml
                  yaml: [{subPath: /db/host, operator: replace, value: db}, {subPath: /db/port, operator: remove}]
                - fieldPath: /data/config.json
                  json: [{subPath: "", operator: replace, value: {}}]
            """);

        Assert.Empty(errors);
    }

    [Theory]
    // the deprecated pair against overrideRules
    [InlineData("targetCluster: {clusterNames: [m1]}\noverrideRules: []", "spec.targetCluster: Forbidden: overrideRules and targetCluster can't co-exist")]
    [InlineData("overriders: {plaintext: [{path: /a, operator: remove}]}\noverrideRules: []", "spec.overriders: Forbidden: overrideRules and overriders can't co-exist")]
    [InlineData("overriders: {fieldOverrider: [{fieldPath: /a, json: [{subPath: /b, operator: remove}]}]}\noverrideRules: []", "spec.overriders: Forbidden: overrideRules and overriders can't co-exist")]
    [InlineData("overriders: {plaintext: [{path: bad, operator: remove}]}", "spec.overriders.plaintext[0].path: Invalid value: \"bad\": JSON pointer must be empty or start with a \"/\"")]
    // resource selectors and cluster affinities
    [InlineData("resourceSelectors: [{kind: Deployment}]", "spec.resourceSelectors[0].apiVersion: Required value")]
    [InlineData("resourceSelectors: [{apiVersion: v1}]", "spec.resourceSelectors[0].kind: Required value")]
    [InlineData("resourceSelectors: [{apiVersion: v1, kind: Pod, labelSelector: {matchExpressions: [{key: a, operator: In}]}}]", "spec.resourceSelectors[0].labelSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'")]
    [InlineData("resourceSelectors: [{apiVersion: v1, kind: Pod, labelSelector: {matchExpressions: [{key: a, operator: Equals, values: [b]}]}}]", "spec.resourceSelectors[0].labelSelector.matchExpressions[0].operator: Unsupported value: \"Equals\": supported values: \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\"")]
    [InlineData("resourceSelectors: [{apiVersion: v1, kind: Pod, labelSelector: {matchLabels: {'a b': c}}}]", "spec.resourceSelectors[0].labelSelector.matchLabels: Invalid value: \"a b\": name part must consist of alphanumeric characters")]
    [InlineData("overrideRules: [{targetCluster: {fieldSelector: {matchExpressions: [{key: city, operator: In, values: [x]}]}}, overriders: {}}]", "spec.overrideRules[0].targetCluster.fieldSelector.matchExpressions[0].key: Unsupported value: \"city\": supported values: \"provider\", \"region\", \"zone\"")]
    [InlineData("overrideRules: [{targetCluster: {fieldSelector: {matchExpressions: [{key: zone, operator: Exists}]}}, overriders: {}}]", "spec.overrideRules[0].targetCluster.fieldSelector.matchExpressions[0].operator: Unsupported value: \"Exists\": supported values: \"In\", \"NotIn\"")]
    [InlineData("targetCluster: {labelSelector: {matchExpressions: [{key: a, operator: Exists, values: [b]}]}}", "spec.targetCluster.labelSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'")]
    // plaintext
    [InlineData("overrideRules: [{overriders: {plaintext: [{operator: remove}]}}]", "spec.overrideRules[0].overriders.plaintext[0].path: Required value")]
    [InlineData("overrideRules: [{overriders: {plaintext: [{path: /a~2b, operator: remove}]}}]", "spec.overrideRules[0].overriders.plaintext[0].path: Invalid value: \"/a~2b\": invalid escape")]
    [InlineData("overrideRules: [{overriders: {plaintext: [{path: /a}]}}]", "spec.overrideRules[0].overriders.plaintext[0].operator: Required value")]
    [InlineData("overrideRules: [{overriders: {plaintext: [{path: /a, operator: move}]}}]", "spec.overrideRules[0].overriders.plaintext[0].operator: Unsupported value: \"move\": supported values: \"add\", \"remove\", \"replace\"")]
    [InlineData("overrideRules: [{overriders: {plaintext: [{path: /a, operator: add}]}}]", "spec.overrideRules[0].overriders.plaintext[0].value: Required value: value is required for add or replace operation")]
    [InlineData("overrideRules: [{overriders: {plaintext: [{path: /a, operator: replace, value: null}]}}]", "spec.overrideRules[0].overriders.plaintext[0].value: Required value: value is required for add or replace operation")]
    // imageOverrider
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{operator: remove}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].component: Required value")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Digest, operator: remove}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].component: Unsupported value: \"Digest\": supported values: \"Registry\", \"Repository\", \"Tag\"")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Tag, operator: set, value: v1}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].operator: Unsupported value: \"set\": supported values: \"add\", \"remove\", \"replace\"")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Tag, operator: replace}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Required value: value is required for add or replace operation")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Tag, operator: replace, value: 'v1 beta'}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"v1 beta\": must be a tag")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Tag, operator: replace, value: '-v1'}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"-v1\": must be a tag")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Tag, operator: replace, value: 'sha256:abcdef0123456789abcdef0123456789'}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"sha256:abcdef0123456789abcdef0123456789\": invalid sha256 digest: expected 64 lowercase hexadecimal characters")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Tag, operator: add, value: ':v1'}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \":v1\": may only contain letters, digits, '_', '.' and '-'")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Registry, operator: replace, value: registry.example.com/team}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"registry.example.com/team\": a registry must not contain a path ('/')")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Registry, operator: add, value: /team}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"/team\": a registry must not contain a path ('/')")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Registry, operator: replace, value: 'registry.example.com:port'}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"registry.example.com:port\": must be a registry host name")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Registry, operator: add, value: '_x'}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"_x\": may only contain letters, digits, '.', '-' and ':'")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Repository, operator: replace, value: Library/Nginx}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"Library/Nginx\": must be lowercase path components")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{component: Repository, operator: add, value: ':x'}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \":x\": may only contain lowercase letters")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{predicate: {path: ''}, component: Tag, operator: remove}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].predicate.path: Required value")]
    [InlineData("overrideRules: [{overriders: {imageOverrider: [{predicate: {path: spec/image}, component: Tag, operator: remove}]}}]", "spec.overrideRules[0].overriders.imageOverrider[0].predicate.path: Invalid value: \"spec/image\": JSON pointer must be empty or start with a \"/\"")]
    // commandOverrider / argsOverrider
    [InlineData("overrideRules: [{overriders: {commandOverrider: [{operator: add, value: [a]}]}}]", "spec.overrideRules[0].overriders.commandOverrider[0].containerName: Required value")]
    [InlineData("overrideRules: [{overriders: {argsOverrider: [{containerName: c, operator: replace, value: [a]}]}}]", "spec.overrideRules[0].overriders.argsOverrider[0].operator: Unsupported value: \"replace\": supported values: \"add\", \"remove\"")]
    // labelsOverrider / annotationsOverrider
    [InlineData("overrideRules: [{overriders: {labelsOverrider: [{operator: upsert, value: {a: b}}]}}]", "spec.overrideRules[0].overriders.labelsOverrider[0].operator: Unsupported value: \"upsert\": supported values: \"add\", \"remove\", \"replace\"")]
    [InlineData("overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {a: 'has space'}}]}}]", "spec.overrideRules[0].overriders.labelsOverrider[0].value: Invalid value: \"has space\": a valid label must be an empty string or consist of alphanumeric characters")]
    [InlineData("overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {'Example.com/a': b}}]}}]", "spec.overrideRules[0].overriders.labelsOverrider[0].value: Invalid value: \"Example.com/a\": prefix part must be a lowercase DNS subdomain")]
    [InlineData("overrideRules: [{overriders: {labelsOverrider: [{operator: add, value: {'a/b/c': b}}]}}]", "spec.overrideRules[0].overriders.labelsOverrider[0].value: Invalid value: \"a/b/c\": a qualified name must be a name with an optional DNS subdomain prefix")]
    [InlineData("overrideRules: [{overriders: {annotationsOverrider: [{operator: add, value: {'-bad': b}}]}}]", "spec.overrideRules[0].overriders.annotationsOverrider[0].value: Invalid value: \"-bad\": name part must consist of alphanumeric characters")]
    // fieldOverrider
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{json: [{subPath: /a, operator: remove}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0].fieldPath: Required value")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: data, json: [{subPath: /a, operator: remove}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0].fieldPath: Invalid value: \"data\": JSON pointer must be empty or start with a \"/\"")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: /d, json: [{subPath: /a, operator: remove}], yaml: [{subPath: /a, operator: remove}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0]: Forbidden: FieldOverrider has both YAML and JSON set. Only one is allowed")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: /d}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0]: Required value: one of json or yaml must list operations")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: /d, json: [{subPath: a, operator: remove}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0].json[0].subPath: Invalid value: \"a\": JSON pointer must be empty or start with a \"/\"")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: /d, yaml: [{subPath: '', operator: remove}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0].yaml[0].subPath: Invalid value: \"\": the whole document cannot be removed")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: /d, yaml: [{subPath: /a, operator: add}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0].yaml[0].value: Required value: value is required for add or replace operation")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: /d, json: [{subPath: /a, operator: remove, value: {x: 1}}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0].json[0].value: Invalid value: {\"x\":1}: value is not allowed for remove operation")]
    [InlineData("overrideRules: [{overriders: {fieldOverrider: [{fieldPath: /d, json: [{subPath: /a, operator: copy, value: 1}]}]}}]", "spec.overrideRules[0].overriders.fieldOverrider[0].json[0].operator: Unsupported value: \"copy\"")]
    public void Reports_the_field_and_the_reason(string specYaml, string expected)
    {
        var errors = Errors(specYaml);

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Collects_every_error_at_once()
    {
        var errors = Errors("""
            targetCluster: {clusterNames: [m1]}
            overrideRules:
            - overriders:
                plaintext: [{path: bad, operator: add}]
                imageOverrider: [{component: Tag, operator: replace, value: "bad tag"}]
            - targetCluster: {fieldSelector: {matchExpressions: [{key: city, operator: Gt, values: ["1"]}]}}
              overriders:
                labelsOverrider: [{operator: add, value: {"bad key!": v}}]
            """);

        Assert.Equal(
            [
                "spec.targetCluster: Forbidden: overrideRules and targetCluster can't co-exist",
                "spec.overrideRules[0].overriders.plaintext[0].path: Invalid value: \"bad\": JSON pointer must be empty or start with a \"/\"",
                "spec.overrideRules[0].overriders.plaintext[0].value: Required value: value is required for add or replace operation",
                "spec.overrideRules[0].overriders.imageOverrider[0].value: Invalid value: \"bad tag\": must be a tag (letters, digits, '_', '.' and '-', not starting with '.' or '-', at most 128 characters) or a digest such as sha256:<64 hex digits>",
                "spec.overrideRules[1].targetCluster.fieldSelector.matchExpressions[0].key: Unsupported value: \"city\": supported values: \"provider\", \"region\", \"zone\"",
                "spec.overrideRules[1].targetCluster.fieldSelector.matchExpressions[0].operator: Unsupported value: \"Gt\": supported values: \"In\", \"NotIn\"",
                "spec.overrideRules[1].overriders.labelsOverrider[0].value: Invalid value: \"bad key!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
            ],
            errors);
    }

    [Fact]
    public void Explicit_nulls_are_reported_not_thrown()
    {
        var errors = Errors("""
            resourceSelectors: [{apiVersion: null, kind: null}]
            overrideRules:
            - overriders: null
            - targetCluster: {fieldSelector: {matchExpressions: [{key: null, operator: null}]}}
              overriders:
                plaintext: [{path: null, operator: null, value: null}]
                imageOverrider: [{component: null, operator: null, value: null, predicate: {path: null}}]
                commandOverrider: [{containerName: null, operator: null, value: null}]
                labelsOverrider: [{operator: add, value: null}, {operator: add, value: {a: null}}]
                annotationsOverrider: [{operator: add, value: {a: null}}]
                fieldOverrider: [{fieldPath: null, json: [{subPath: null, operator: remove}]}]
            """);

        Assert.Contains("spec.overrideRules[0].overriders: Required value", errors);
        Assert.Contains("spec.overrideRules[1].overriders.plaintext[0].path: Required value", errors);
        Assert.Contains("spec.overrideRules[1].overriders.imageOverrider[0].component: Required value", errors);
        Assert.Contains("spec.overrideRules[1].overriders.commandOverrider[0].containerName: Required value", errors);
        Assert.Contains("spec.overrideRules[1].overriders.fieldOverrider[0].json[0].subPath: Invalid value: \"\": the whole document cannot be removed", errors);
        Assert.Contains("spec.resourceSelectors[0].kind: Required value", errors);
    }

    [Fact]
    public void Policies_need_a_name_and_errors_carry_type_field_and_value()
    {
        var policy = new OverridePolicy { Spec = Fixtures.Doc<OverrideSpec>(Rule("{plaintext: [{path: x, operator: remove}]}")) };

        var errors = OverridePolicyValidator.Validate(policy);

        Assert.Equal(FieldError.Required("metadata.name", "name is required"), errors[0]);
        Assert.Equal(new FieldError(FieldErrorType.Invalid, "spec.overrideRules[0].overriders.plaintext[0].path", "\"x\"", "JSON pointer must be empty or start with a \"/\""), errors[1]);
        Assert.Empty(OverridePolicyValidator.Validate(new ClusterOverridePolicy { Metadata = new ObjectMeta { Name = "ok" } }));
    }

    [Fact]
    public void The_samples_are_valid()
    {
        var nginx = Fixtures.Doc<OverridePolicy>(File.ReadAllText(Path.Combine("Golden", "nginx-member2", "policies.yaml")));
        var guestbook = Fixtures.Doc<OverridePolicy>(File.ReadAllText(Path.Combine("Golden", "guestbook-member1", "policies.yaml")));

        Assert.Empty(OverridePolicyValidator.Validate(nginx));
        Assert.Empty(OverridePolicyValidator.Validate(guestbook));
    }
}
