namespace Karmada.Orleans.Members.Transport;

/// <summary>A fixed bearer token, or one read from a file and re-read once a minute (rotated service account tokens).</summary>
public sealed class BearerTokenSource
{
    private static readonly TimeSpan FileRefreshInterval = TimeSpan.FromMinutes(1);
    private readonly string? _token;
    private readonly string? _tokenFile;
    private readonly TimeProvider _time;
    private readonly object _lock = new();
    private string? _cached;
    private long _readAt;

    public BearerTokenSource(string? token, string? tokenFile, TimeProvider? timeProvider = null)
    {
        _token = token;
        _tokenFile = tokenFile;
        _time = timeProvider ?? TimeProvider.System;
    }

    public bool HasToken => _token is not null || _tokenFile is not null;

    public string? GetToken()
    {
        if (_token is not null || _tokenFile is null)
        {
            return _token;
        }

        lock (_lock)
        {
            if (_cached is null || _time.GetElapsedTime(_readAt) >= FileRefreshInterval)
            {
                try
                {
                    _cached = File.ReadAllText(_tokenFile).Trim();
                    _readAt = _time.GetTimestamp();
                }
                catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && _cached is not null)
                {
                    // Keep the previous token while the file is being rotated.
                }
            }

            return _cached;
        }
    }
}
