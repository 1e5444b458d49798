using System.Text.Json.Nodes;

namespace Karmada.Orleans.Patching.Tests.Support;

/// <summary>Answers recorded from a real kube-apiserver v1.20.2 by <c>Golden/capture.py</c>.</summary>
internal static class GoldenFiles
{
    public static TheoryData<string> Cases(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", folder), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static JsonObject Read(string folder, string name)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", folder, name + ".json")))!.AsObject();
}
