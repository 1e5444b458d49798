namespace Karmada.Orleans.Policies;

/// <summary>A JSON patch operation that does not apply to the document; <see cref="Path"/> is the operation's path.</summary>
public sealed class JsonPatchException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
