namespace Karmada.Orleans.Policies.Tests;

public sealed class WorkNamesTests
{
    [Theory]
    [InlineData("", 2166136261u)]
    [InlineData("a", 3826002220u)]
    [InlineData("default-nginx-deployment", 2439396529u)]
    public void Fnv1a32_known_values(string text, uint expected) => Assert.Equal(expected, WorkNames.Fnv1a32(text));

    [Theory]
    // '0'=48→48%27=21→'4' … '5'=53→26→'9', '6'=54→0→'b', '9'=57→3→'f'.
    [InlineData("2439396529", "687f7fb96f")]
    [InlineData("0123456789", "456789bcdf")]
    public void Safe_encoding_maps_each_digit_by_its_code_point_mod_27(string text, string expected)
        => Assert.Equal(expected, WorkNames.SafeEncodeString(text));

    [Theory]
    // Seen in Karmada clusters (docs and issues): nginx in default, the 2024 e2e Work
    // deploy-zp7hq-784b697bfc, and the cluster-scoped Namespace demo → demo-6654f4c4f6.
    [InlineData("Deployment", "nginx", "default", "nginx-687f7fb96f")]
    [InlineData("Deployment", "deploy-zp7hq", "karmadatest-5zbq7", "deploy-zp7hq-784b697bfc")]
    [InlineData("Namespace", "demo", "", "demo-6654f4c4f6")]
    [InlineData("Namespace", "demo", null, "demo-6654f4c4f6")]
    [InlineData("Deployment", "Nginx", "default", "nginx-687f7fb96f")]
    [InlineData("CustomResourceDefinition", "guestbooks.webapp.my.domain", "", "guestbooks.webapp.my.domain-5f9d589d45")]
    [InlineData("Guestbook", "guestbook-sample", "default", "guestbook-sample-6849fdbd59")]
    [InlineData("ClusterRole", "system:admin", "default", "system:admin-69df5f769d")]
    public void Work_name_is_the_lowercase_name_and_the_encoded_hash(string kind, string name, string? ns, string expected)
        => Assert.Equal(expected, WorkNames.GenerateWorkName(kind, name, ns));

    [Theory]
    [InlineData("default", "nginx-deployment", "5bdc5c4dcf")]
    [InlineData("", "nginx-deployment", "76f645955c")]
    public void Binding_reference_key(string ns, string name, string expected)
        => Assert.Equal(expected, WorkNames.GenerateBindingReferenceKey(ns, name));

    [Fact]
    public void Binding_names_come_from_the_apis_helper()
        => Assert.Equal("nginx-deployment", KarmadaNames.GenerateBindingName("Deployment", "nginx"));
}
