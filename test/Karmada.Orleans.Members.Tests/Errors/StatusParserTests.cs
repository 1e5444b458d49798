using System.Text;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Tests.Infrastructure;

namespace Karmada.Orleans.Members.Tests.Errors;

public sealed class StatusParserTests
{
    [Theory]
    [InlineData("400-badrequest.json", 400, "BadRequest", typeof(KubernetesApiException))]
    [InlineData("401-unauthorized.json", 401, "Unauthorized", typeof(KubernetesApiException))]
    [InlineData("404-notfound.json", 404, "NotFound", typeof(KubernetesNotFoundException))]
    [InlineData("409-alreadyexists.json", 409, "AlreadyExists", typeof(KubernetesAlreadyExistsException))]
    [InlineData("409-conflict.json", 409, "Conflict", typeof(KubernetesConflictException))]
    [InlineData("409-apply-conflict.json", 409, "Conflict", typeof(KubernetesConflictException))]
    [InlineData("415-unsupported.json", 415, "UnsupportedMediaType", typeof(KubernetesApiException))]
    [InlineData("422-invalid.json", 422, "Invalid", typeof(KubernetesApiException))]
    public void Recorded_kube_apiserver_errors_become_typed_exceptions(string file, int code, string reason, Type type)
    {
        var status = StatusParser.Parse(code, TestData.ReadBytes($"errors/{file}"));

        var error = KubernetesApiException.Create(status, "member1", "PUT", "/api/v1/namespaces/default/configmaps/cm1");

        Assert.IsType(type, error);
        Assert.Equal(code, error.StatusCode);
        Assert.Equal(reason, error.Reason);
        Assert.StartsWith($"cluster \"member1\": PUT /api/v1/namespaces/default/configmaps/cm1: {reason} ({code}): ", error.Message, StringComparison.Ordinal);
        Assert.Contains(status.Message!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_conflict_names_the_conflicting_field_and_manager()
    {
        var error = KubernetesApiException.Create(StatusParser.Parse(409, TestData.ReadBytes("errors/409-apply-conflict.json")), "m", "PATCH", "/p");

        var cause = Assert.Single(error.Causes);
        Assert.Equal("FieldManagerConflict", cause.Reason);
        Assert.Equal(".data.a", cause.Field);
        Assert.True(error.IsConflict);
        Assert.Contains("conflict with \"kubectl-create\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_lists_every_cause_once()
    {
        var error = KubernetesApiException.Create(StatusParser.Parse(422, TestData.ReadBytes("errors/422-invalid.json")), "m", "POST", "/p");

        Assert.Equal(5, error.Causes.Count);
        Assert.Equal(["metadata.name", "spec.replicas", "spec.selector", "spec.template.metadata.labels", "spec.template.spec.containers"], error.Causes.Select(c => c.Field));
        Assert.True(error.IsInvalid);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.Message, "spec.replicas: Invalid value"));
    }

    [Fact]
    public void Causes_missing_from_the_message_are_appended()
    {
        var status = StatusParser.Parse(422, """{"kind":"Status","code":422,"reason":"Invalid","message":"bad","details":{"causes":[{"field":"spec.x","message":"must be positive"}]}}"""u8);

        var error = KubernetesApiException.Create(status, "m", "POST", "/p");

        Assert.EndsWith("Invalid (422): bad [spec.x: must be positive]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_404_page_gets_a_synthesised_status_and_a_hint()
    {
        var status = StatusParser.Parse(404, TestData.ReadBytes("errors/404-unknown-group.json"));

        Assert.Equal(404, status.Code);
        Assert.Equal("NotFound", status.Reason);
        Assert.Equal("404 page not found", status.Message);
        var error = KubernetesApiException.Create(status, "member1", "GET", "/apis/nope/v1");
        Assert.IsType<KubernetesNotFoundException>(error);
        Assert.Contains("is the API group/version installed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "Unauthorized", "check the token or client certificate")]
    [InlineData(403, "Forbidden", "lack permission")]
    [InlineData(410, "Expired", "Expired (410)")]
    [InlineData(429, "TooManyRequests", "TooManyRequests (429)")]
    [InlineData(503, "ServiceUnavailable", "ServiceUnavailable (503)")]
    [InlineData(502, "Unknown", "Unknown (502)")]
    public void Non_status_bodies_get_the_reason_of_their_code(int code, string reason, string expected)
    {
        var status = StatusParser.Parse(code, Encoding.UTF8.GetBytes("<html>proxy error</html>"));

        Assert.Equal(reason, status.Reason);
        var error = KubernetesApiException.Create(status, "c", "GET", "/x");
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("<html>proxy error</html>", error.Message, StringComparison.Ordinal);
        Assert.Equal(code == 410, error is KubernetesGoneException);
    }

    [Fact]
    public void Empty_bodies_say_so() =>
        Assert.Equal("the server responded with HTTP 500 and no body", StatusParser.Parse(500, []).Message);

    [Fact]
    public void Status_without_code_or_reason_takes_them_from_http()
    {
        var status = StatusParser.Parse(409, """{"kind":"Status","message":"x"}"""u8);

        Assert.Equal(409, status.Code);
        Assert.Equal("Conflict", status.Reason);
    }
}
