using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Transport;

namespace Karmada.Orleans.Members.Tests.Transport;

public sealed class BearerTokenSourceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"members-token-{Guid.NewGuid():N}");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void A_token_file_is_reread_after_a_minute()
    {
        var clock = new ManualTimeProvider();
        File.WriteAllText(_file, "first\n");
        var source = new BearerTokenSource(null, _file, clock);

        Assert.Equal("first", source.GetToken());
        File.WriteAllText(_file, "second");
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("first", source.GetToken());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("second", source.GetToken());
    }

    [Fact]
    public void The_last_token_is_kept_while_the_file_is_missing()
    {
        var clock = new ManualTimeProvider();
        File.WriteAllText(_file, "kept");
        var source = new BearerTokenSource(null, _file, clock);
        Assert.Equal("kept", source.GetToken());

        File.Delete(_file);
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal("kept", source.GetToken());
    }

    [Fact]
    public void A_literal_token_wins()
    {
        File.WriteAllText(_file, "from-file");

        Assert.Equal("literal", new BearerTokenSource("literal", _file).GetToken());
        Assert.False(new BearerTokenSource(null, null).HasToken);
    }
}
