namespace Karmada.Orleans.EndToEnd.Tests;

/// <summary>A fact that needs systemd-analyze (and the dotnet the unit starts, at /usr/bin/dotnet); skipped with the reason otherwise.</summary>
public sealed class SystemdAnalyzeFactAttribute : FactAttribute
{
    public const string Tool = "/usr/bin/systemd-analyze";

    public SystemdAnalyzeFactAttribute()
    {
        if (!File.Exists(Tool))
        {
            Skip = $"{Tool} is not installed";
        }
        else if (!File.Exists("/usr/bin/dotnet"))
        {
            Skip = "the unit starts /usr/bin/dotnet, which this machine does not have";
        }
    }
}
