namespace Karmada.Orleans.Members.Tests.Infrastructure;

internal sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string Protocol,
    string? Authorization,
    string? ContentType,
    string Body,
    string? User,
    DateTimeOffset At)
{
    public string? QueryValue(string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query).TryGetValue(name, out var values) ? values.ToString() : null;
}
