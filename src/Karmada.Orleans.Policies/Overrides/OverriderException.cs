namespace Karmada.Orleans.Policies;

/// <summary>
/// An overrider that cannot be applied to the object. <see cref="Field"/> is the overrider within
/// its Overriders (e.g. "plaintext[1]"), <see cref="Path"/> the JSON pointer in the object.
/// </summary>
internal sealed class OverriderException(string field, string path, string message) : Exception(message)
{
    public string Field { get; } = field;

    public string Path { get; } = path;

    public static OverriderException From(string field, JsonPatchException e) => new(field, e.Path, e.Message);
}
