namespace Backtest.Core.Data.Checks;

/// <summary>What the check found in a folder of price files.</summary>
/// <param name="Location">The folder, as given.</param>
/// <param name="Calendar">The union of the trading days of every file that loaded, increasing.</param>
/// <param name="Tickers">One report per price file, in ticker order.</param>
public sealed record FolderReport(string Location, IReadOnlyList<DateOnly> Calendar, IReadOnlyList<TickerReport> Tickers)
{
    /// <summary>The worst verdict of any ticker: <see cref="Severity.Fail"/> means a backtest on this folder could be wrong.</summary>
    public Severity Verdict => Tickers.Count == 0 ? Severity.Ok : Tickers.Max(t => t.Verdict);

    /// <summary>The tickers whose verdict is <paramref name="verdict"/>, in ticker order.</summary>
    public IReadOnlyList<string> With(Severity verdict) => [.. Tickers.Where(t => t.Verdict == verdict).Select(t => t.Ticker)];
}
