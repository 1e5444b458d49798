namespace Karmada.Orleans.TestSupport;

public static class RepositoryPaths
{
    /// <summary>The repository root: the directory holding Karmada.Orleans.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Karmada.Orleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Karmada.Orleans.sln not found above {AppContext.BaseDirectory}.");
    }
}
