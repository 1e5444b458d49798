namespace Karmada.Orleans.Policies.Tests;

public sealed class ResourceSelectorMatcherTests
{
    private static readonly JsonObject Nginx = Fixtures.Deployment();

    [Theory]
    [InlineData("{apiVersion: apps/v1, kind: Deployment}", ImplicitPriority.MatchAll)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, namespace: default}", ImplicitPriority.MatchAll)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, namespace: other}", ImplicitPriority.MisMatch)]
    [InlineData("{apiVersion: apps/v1beta1, kind: Deployment}", ImplicitPriority.MisMatch)]
    [InlineData("{apiVersion: apps/v1, kind: StatefulSet}", ImplicitPriority.MisMatch)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, name: nginx}", ImplicitPriority.MatchName)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, name: other}", ImplicitPriority.MisMatch)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, labelSelector: {matchLabels: {app: nginx}}}", ImplicitPriority.MatchLabelSelector)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, labelSelector: {matchLabels: {app: web}}}", ImplicitPriority.MisMatch)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, labelSelector: {matchExpressions: [{key: app, operator: In, values: [nginx, web]}]}}", ImplicitPriority.MatchLabelSelector)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, labelSelector: {matchExpressions: [{key: app, operator: Bad}]}}", ImplicitPriority.MisMatch)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, labelSelector: {}}", ImplicitPriority.MatchLabelSelector)]
    [InlineData("{apiVersion: apps/v1, kind: Deployment, name: nginx, labelSelector: {matchLabels: {app: web}}}", ImplicitPriority.MatchName)]
    public void Selects_by_type_namespace_then_name_or_labels(string selectorYaml, ImplicitPriority expected)
    {
        var selector = Fixtures.Doc<ResourceSelector>(selectorYaml);

        Assert.Equal(expected, ResourceSelectorMatcher.Priority(Nginx, selector));
        Assert.Equal(expected != ImplicitPriority.MisMatch, ResourceSelectorMatcher.Matches(Nginx, selector));
    }

    [Fact]
    public void The_best_selector_decides_and_an_empty_list_matches_nothing()
    {
        var selectors = new[]
        {
            Fixtures.Doc<ResourceSelector>("{apiVersion: apps/v1, kind: Deployment}"),
            Fixtures.Doc<ResourceSelector>("{apiVersion: apps/v1, kind: Deployment, name: nginx}"),
            Fixtures.Doc<ResourceSelector>("{apiVersion: v1, kind: Service}"),
        };

        Assert.Equal(ImplicitPriority.MatchName, ResourceSelectorMatcher.Priority(Nginx, selectors));
        Assert.False(ResourceSelectorMatcher.MatchesAny(Nginx, []));
    }
}
