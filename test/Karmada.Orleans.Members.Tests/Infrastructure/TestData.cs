namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>Files recorded from a real kube-apiserver v1.20.2.</summary>
internal static class TestData
{
    public static string Path(string relative) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "kube-apiserver-1.20", relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));

    public static byte[] ReadBytes(string relative) => File.ReadAllBytes(Path(relative));
}
