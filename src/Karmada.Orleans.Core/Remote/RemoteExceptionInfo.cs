using System.Text.Json.Serialization;

namespace Karmada.Orleans.Remote;

/// <summary>An exception carried across the network: its .NET type name and message.</summary>
public sealed record RemoteExceptionInfo(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("stackTrace")] string? StackTrace)
{
    public static RemoteExceptionInfo From(Exception exception) =>
        new(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, exception.StackTrace);

    /// <summary>
    /// Recreates the exception: the original type when it is loadable and has a (string message)
    /// constructor, otherwise a <see cref="RemoteGrainException"/> naming the original type.
    /// </summary>
    public Exception ToException()
    {
        var type = System.Type.GetType(Type, throwOnError: false) ?? FindLoadedType(Type);
        if (type is not null && typeof(Exception).IsAssignableFrom(type) && type.GetConstructor([typeof(string)]) is { } ctor)
        {
            try
            {
                return (Exception)ctor.Invoke([Message]);
            }
            catch (System.Reflection.TargetInvocationException)
            {
                // fall through to the generic wrapper
            }
        }

        return new RemoteGrainException(Type, Message, StackTrace);
    }

    private static Type? FindLoadedType(string fullName)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.GetType(fullName, throwOnError: false) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
