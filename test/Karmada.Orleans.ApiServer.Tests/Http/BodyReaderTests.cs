using System.Text;
using Karmada.Orleans.ApiServer.Http;
using Microsoft.AspNetCore.Http;

namespace Karmada.Orleans.ApiServer.Tests.Http;

/// <summary>Request bodies with and without Content-Length (chunked), within and beyond the limit.</summary>
public sealed class BodyReaderTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(40_000, true)]
    [InlineData(40_000, false)]
    [InlineData(1, false)]
    public async Task The_whole_body_is_read(int size, bool withLength)
    {
        var body = Encoding.ASCII.GetBytes(new string('x', size));

        var read = await BodyReader.ReadBytesAsync(Request(body, withLength), limit: 1024 * 1024);

        Assert.Equal(body, read);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_beyond_the_limit_is_refused_with_413(bool withLength)
    {
        var error = await Assert.ThrowsAsync<ApiException>(() => BodyReader.ReadBytesAsync(Request(new byte[5000], withLength), limit: 4096));

        Assert.Equal(413, error.Code);
    }

    private static HttpContext Request(byte[] body, bool withLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new TrickleStream(body);
        context.Request.ContentLength = withLength ? body.Length : null;
        return context;
    }

    /// <summary>Hands out at most 1,000 bytes per read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }
}
