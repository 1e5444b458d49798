namespace Karmada.Orleans.Policies;

/// <summary>ImageComponent: the part of <c>[registry/]repository[:tag|@digest]</c> an imageOverrider changes.</summary>
public static class ImageComponent
{
    public const string Registry = "Registry";
    public const string Repository = "Repository";

    /// <summary>The tag or, when the image is pinned by digest, the digest.</summary>
    public const string Tag = "Tag";
}
