using System.Threading.Channels;

namespace Karmada.Orleans.Members.Tests.Infrastructure;

/// <summary>Drains an async stream in the background so a test can wait for its next items with a deadline.</summary>
internal sealed class EventCollector<T> : IAsyncDisposable
{
    private readonly Channel<T> _channel = Channel.CreateUnbounded<T>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;

    private EventCollector(Func<CancellationToken, IAsyncEnumerable<T>> source)
    {
        _pump = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source(_stop.Token))
                {
                    await _channel.Writer.WriteAsync(item);
                }

                _channel.Writer.TryComplete();
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                _channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                _channel.Writer.TryComplete(e);
            }
        });
    }

    public static EventCollector<T> Start(Func<CancellationToken, IAsyncEnumerable<T>> source) => new(source);

    public async Task<T> NextAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? Eventually.DefaultTimeout);
        try
        {
            return await _channel.Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"no event within {timeout ?? Eventually.DefaultTimeout}");
        }
        catch (ChannelClosedException closed) when (closed.InnerException is not null)
        {
            // The stream failed: surface its exception as it was thrown.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(closed.InnerException);
            throw;
        }
    }

    public async Task<IReadOnlyList<T>> TakeAsync(int count, TimeSpan? timeout = null)
    {
        var items = new List<T>();
        for (var i = 0; i < count; i++)
        {
            items.Add(await NextAsync(timeout));
        }

        return items;
    }

    /// <summary>True when nothing more has arrived (for checking that no duplicates follow).</summary>
    public bool IsEmpty => !_channel.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _pump;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
