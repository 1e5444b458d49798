using System.CommandLine;

namespace Karmada.Orleans.Cli.Preview;

/// <summary><c>karmadactl preview</c>: offline previews of what the control plane would do.</summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var preview = new Command("preview", "Preview offline what Karmada would do with your objects.");
        preview.Subcommands.Add(PreviewPlacementCommand.Create());
        preview.Subcommands.Add(PreviewOverridesCommand.Create());
        return preview;
    }
}
