using System.Text.Json.Nodes;
using Karmada.Orleans.Patching.FieldManagement;
using Karmada.Orleans.Patching.JsonPatch;
using Karmada.Orleans.Patching.MergePatch;
using Karmada.Orleans.Patching.Schema;
using Karmada.Orleans.Patching.Strategic;
using Karmada.Orleans.Patching.Tests.Support;

namespace Karmada.Orleans.Patching.Tests.FieldManagement;

/// <summary>
/// Sequences of creates, updates, patches and applies replayed step by step (each step on the previous step's
/// result) against the objects, managedFields and errors a real kube-apiserver v1.20.2 returned.
/// </summary>
public sealed class ServerSideApplyGoldenTests
{
    public static TheoryData<string> Cases => GoldenFiles.Cases("ssa");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_kube_apiserver(string name)
    {
        var clock = new FakeClock();
        var fields = new FieldManager(PatchSchema.Kubernetes, clock);
        JsonObject? live = null;
        var number = 0;
        foreach (var step in GoldenFiles.Read("ssa", name)["steps"]!.AsArray().Select(s => s!.AsObject()))
        {
            number++;
            clock.Advance(TimeSpan.FromSeconds(1));
            var context = $"step {number} ({step["op"]} by {step["manager"]})";
            if (step["error"] is { } expected)
            {
                var error = Assert.ThrowsAny<PatchException>(() => Run(fields, live, step));
                Assert.True((int)expected["code"]! == error.StatusCode, $"{context}: code {error.StatusCode}: {error.Message}");
                Assert.Equal((string?)expected["message"], error.Message);
                // kube lists causes in Go map order (random); compare them as a set.
                TestJson.Equal(SortedCauses(expected), SortedCauses(error.ToStatus()));
                continue;
            }

            live = Run(fields, live, step);
            var actual = Normalize(live);
            if (!Karmada.Orleans.Patching.Json.JsonEquality.Equal(Normalize(step["expected"]!.AsObject()), actual))
            {
                Assert.Fail($"{context}\nexpected: {Normalize(step["expected"]!.AsObject()).ToJsonString()}\nactual:   {actual.ToJsonString()}");
            }
        }
    }

    private static JsonObject Run(FieldManager fields, JsonObject? live, JsonObject step)
    {
        var manager = (string)step["manager"]!;
        var body = step["body"]!;
        switch ((string?)step["op"])
        {
            case "create":
                return fields.Update(null, body.AsObject(), manager);
            case "update":
                return fields.Update(live, body.AsObject(), manager);
            case "patch":
                var patched = (string?)step["type"] switch
                {
                    "merge" => JsonMergePatch.ApplyToObject(live!, body),
                    "strategic" => StrategicMergePatch.Apply(live!, body, PatchSchema.Kubernetes),
                    _ => (JsonObject)JsonPatchDocument.Apply(live, body)!,
                };
                return fields.Update(live, patched, manager);
            default:
                return fields.Apply(live, body.ToJsonString(), manager, (bool?)step["force"] ?? false, (string?)step["path_version"]);
        }
    }

    private static JsonArray SortedCauses(JsonNode status)
        => new([.. (status["details"]?["causes"] as JsonArray ?? []).Select(c => c!.DeepClone()).OrderBy(c => c.ToJsonString(), StringComparer.Ordinal)]);

    // Times differ between the recording and the replay; managedFields compare as a set of entries.
    private static JsonObject Normalize(JsonObject obj)
    {
        var copy = (JsonObject)obj.DeepClone();
        if (copy["metadata"]?["managedFields"] is JsonArray entries)
        {
            var sorted = entries.Select(e => e!.AsObject())
                .Select(e =>
                {
                    var c = (JsonObject)e.DeepClone();
                    c.Remove("time");
                    return c;
                })
                .OrderBy(e => (string?)e["operation"], StringComparer.Ordinal)
                .ThenBy(e => (string?)e["manager"], StringComparer.Ordinal)
                .ToList();
            copy["metadata"]!["managedFields"] = new JsonArray([.. sorted]);
        }

        return copy;
    }
}
