using Karmada.Orleans.Patching.JsonPatch;
using Karmada.Orleans.Patching.Tests.Support;

namespace Karmada.Orleans.Patching.Tests.JsonPatch;

/// <summary>JSON patches replayed against answers of a real kube-apiserver v1.20.2.</summary>
public sealed class JsonPatchGoldenTests
{
    public static TheoryData<string> Cases => GoldenFiles.Cases("json");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_kube_apiserver(string name)
    {
        var golden = GoldenFiles.Read("json", name);
        if (golden["error"] is { } expectedError)
        {
            var error = Assert.ThrowsAny<PatchException>(() => JsonPatchDocument.Apply(golden["original"], golden["patch"]));
            Assert.Equal((int)expectedError["code"]!, error.StatusCode);
            Assert.Equal((string?)expectedError["reason"], error.Reason);
            if (error is not PatchNotApplicableException)
            {
                Assert.Equal((string?)expectedError["message"], error.Message);
            }

            return;
        }

        TestJson.Equal(golden["expected"], JsonPatchDocument.Apply(golden["original"], golden["patch"]));
    }
}
