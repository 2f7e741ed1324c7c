namespace Backtest.Core.Download;

/// <summary>How hard a downloader tries: a timeout per request and retries with exponential backoff and jitter.</summary>
public sealed record DownloadOptions
{
    /// <summary>The longest one request (headers and body) may take before it counts as failed; 30 s by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests made at most, the first included, before giving up; 4 by default.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The typical wait before the first retry, doubling for each next one; 1 s by default.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts; 30 s by default.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Numbers in [0, 1) that spread the waits, so that many clients turned away together do not come back together.
    /// Tests pass a seeded <see cref="Random"/>'s <see cref="Random.NextDouble"/> to get the same waits every time.
    /// </summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;
}
