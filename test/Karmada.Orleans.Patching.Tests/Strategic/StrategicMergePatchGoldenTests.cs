using Karmada.Orleans.Patching.Schema;
using Karmada.Orleans.Patching.Strategic;
using Karmada.Orleans.Patching.Tests.Support;

namespace Karmada.Orleans.Patching.Tests.Strategic;

/// <summary>Strategic merge patches of a Deployment replayed against answers of a real kube-apiserver v1.20.2.</summary>
public sealed class StrategicMergePatchGoldenTests
{
    public static TheoryData<string> Cases => GoldenFiles.Cases("strategic");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_kube_apiserver(string name)
    {
        var golden = GoldenFiles.Read("strategic", name);
        var original = golden["original"]!.AsObject();
        if (golden["error"] is { } expected)
        {
            var error = Assert.ThrowsAny<PatchException>(() => StrategicMergePatch.Apply(original, golden["patch"], PatchSchema.Kubernetes));
            Assert.Equal((int)expected["code"]!, error.StatusCode);
            Assert.Equal((string?)expected["reason"], error.Reason);
            Assert.Equal((string?)expected["message"], error.Message);
            return;
        }

        TestJson.Equal(golden["expected"], StrategicMergePatch.Apply(original, golden["patch"], PatchSchema.Kubernetes));
    }
}
