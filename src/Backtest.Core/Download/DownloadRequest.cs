namespace Backtest.Core.Download;

/// <summary>What to download: one ticker's daily history between two calendar days, both included.</summary>
/// <param name="Ticker">The provider's symbol, e.g. NVDA or BRK-B.</param>
/// <param name="From">The first day wanted.</param>
/// <param name="To">The last day wanted.</param>
public sealed record DownloadRequest(string Ticker, DateOnly From, DateOnly To);
