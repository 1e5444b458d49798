namespace Karmada.Orleans.Members.Watch;

/// <summary>A watch stream line that is not a watch event.</summary>
public sealed class WatchFormatException : FormatException
{
    public WatchFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
