namespace Backtest.Core.Download;

/// <summary>A provider of daily bars, dividends and splits (Yahoo's chart endpoint now; others can be added beside it).</summary>
public interface IPriceDownloader
{
    /// <summary>
    /// Downloads one ticker over <see cref="DownloadRequest.From"/> to <see cref="DownloadRequest.To"/>. Every failure the
    /// user can act on (an unknown ticker, a malformed answer, a provider that keeps failing, no network) is an
    /// <see cref="InputException"/> naming the ticker and what went wrong.
    /// </summary>
    Task<DownloadedPrices> DownloadAsync(DownloadRequest request, CancellationToken cancellationToken);
}
