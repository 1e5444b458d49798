namespace Karmada.Orleans.Policies.Tests;

public sealed class ImageReferenceTests
{
    private const string Digest = Fixtures.Digest;

    [Theory]
    [InlineData("pause", "", "pause", "", "")]
    [InlineData("subpath/imagename:v1.0.0", "", "subpath/imagename", "v1.0.0", "")]
    [InlineData("library/nginx", "", "library/nginx", "", "")]
    [InlineData("fictional.registry.example/imagename:v1.0.0", "fictional.registry.example", "imagename", "v1.0.0", "")]
    [InlineData("fictional.registry.example:10443/subpath/imagename:v1.0.0", "fictional.registry.example:10443", "subpath/imagename", "v1.0.0", "")]
    [InlineData("10.10.10.10:10443/subpath/imagename", "10.10.10.10:10443", "subpath/imagename", "", "")]
    [InlineData("localhost/app", "localhost", "app", "", "")]
    [InlineData("localhost:5000/app:1", "localhost:5000", "app", "1", "")]
    [InlineData("[::1]:5000/app:v1", "[::1]:5000", "app", "v1", "")]
    [InlineData("Registry.Example.COM/app", "Registry.Example.COM", "app", "", "")]
    [InlineData("a.io/b_c/d__e/f-g--h.i:V1_x.y-z", "a.io", "b_c/d__e/f-g--h.i", "V1_x.y-z", "")]
    [InlineData("fictional.registry.example:10443/subpath/imagename@" + Digest, "fictional.registry.example:10443", "subpath/imagename", "", Digest)]
    [InlineData("nginx:1.19@" + Digest, "", "nginx", "1.19", Digest)]
    public void Parses_registry_repository_tag_and_digest(string image, string hostname, string repository, string tag, string digest)
    {
        var reference = ImageReference.Parse(image);

        Assert.Equal(new ImageReference(hostname, repository, tag, digest), reference);
        Assert.Equal(image, reference.ToString());
    }

    [Theory]
    [InlineData("", "at least one component")]
    [InlineData("Nginx", "must be lowercase")]
    [InlineData("nginx:", "invalid reference format")]
    [InlineData("nginx:tag with space", "invalid reference format")]
    [InlineData("-nginx", "invalid reference format")]
    [InlineData("nginx@sha256:abc", "invalid reference format")]
    [InlineData("nginx@md5:0123456789abcdef0123456789abcdef", "unsupported digest algorithm")]
    [InlineData("nginx@sha256:50D858E0985ECC7F60418AAF0CC5AB587F42C2570A884095A9E8CCACD0F6545C", "lowercase hexadecimal")]
    [InlineData("nginx@sha256:0123456789abcdef0123456789abcdef", "expected 64")]
    public void Rejects_invalid_references(string image, string reason)
    {
        Assert.Null(ImageReference.TryParse(image, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_names_longer_than_255()
    {
        Assert.Null(ImageReference.TryParse("a/" + new string('b', 254), out var error));
        Assert.Contains("255", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_or_digest_is_set_by_its_shape()
    {
        var image = ImageReference.Parse("gcr.io/kube-apiserver");

        Assert.Equal("gcr.io/kube-apiserver:v1.19.0", image.WithTagOrDigest("v1.19.0").ToString());
        Assert.Equal("gcr.io/kube-apiserver@" + Digest, image.WithTagOrDigest("v1.19.0").WithTagOrDigest(Digest).ToString());
        Assert.Equal("gcr.io/kube-apiserver@" + Digest, image.WithTagOrDigest("@" + Digest).ToString());
        Assert.Equal("gcr.io/kube-apiserver", image.WithTagOrDigest("not a tag!").ToString());
        Assert.Equal("gcr.io/kube-apiserver", image.WithTagOrDigest("v1").WithoutTagOrDigest().ToString());
        Assert.Equal("nginx@" + Digest, ImageReference.Parse("nginx:1@" + Digest).WithoutTagOrDigest().ToString());
    }
}
