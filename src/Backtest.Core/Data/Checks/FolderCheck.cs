using System.Diagnostics.CodeAnalysis;

namespace Backtest.Core.Data.Checks;

/// <summary>Checks every ticker of a price source: loads each through the source, then runs the checks on it.</summary>
/// <remarks>
/// Loading goes through <see cref="IPriceSource"/>, the way a run loads, so whatever the loader accepts or rejects
/// is checked the same way. A file that does not load is a failing ticker with the loader's message, and the
/// check goes on with the others.
/// </remarks>
public static class FolderCheck
{
    /// <summary>Checks every ticker of <paramref name="source"/> with <paramref name="rules"/>; a source without tickers is an <see cref="InputException"/>.</summary>
    public static FolderReport Run(IPriceSource source, JumpRules rules)
    {
        if (source.Tickers.Count == 0)
        {
            throw CheckErrors.NoPriceFiles(source.Location);
        }

        var loaded = new List<TickerSeries>(source.Tickers.Count);
        var unreadable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string ticker in source.Tickers)
        {
            if (TryLoad(source, ticker, out TickerSeries? series, out string? message))
            {
                loaded.Add(series);
            }
            else
            {
                unreadable[ticker] = message;
            }
        }

        DateOnly[] calendar = Calendar(loaded);
        var reports = new List<TickerReport>(source.Tickers.Count);
        int next = 0;
        foreach (string ticker in source.Tickers)
        {
            reports.Add(unreadable.TryGetValue(ticker, out string? message)
                ? TickerCheck.Unreadable(ticker, message)
                : TickerCheck.Run(loaded[next++], calendar, rules));
        }

        return new FolderReport(source.Location, calendar, reports);
    }

    // The union calendar of the panel a run on these files would use, so "missing" means missing from that panel.
    private static DateOnly[] Calendar(List<TickerSeries> loaded)
    {
        if (loaded.Count == 0)
        {
            return [];
        }

        DateOnly first = loaded.Min(s => s.FirstDate), last = loaded.Max(s => s.LastDate);
        return PricePanelBuilder.Build(loaded, first, last).Dates;
    }

    // A malformed row is an InputException from the loader; a file that vanished or cannot be opened since the folder
    // was listed is an I/O error. Either way the file cannot be used, which is a finding here, not the end of the check.
    private static bool TryLoad(
        IPriceSource source,
        string ticker,
        [NotNullWhen(true)] out TickerSeries? series,
        [NotNullWhen(false)] out string? message)
    {
        try
        {
            series = source.Load(ticker);
            message = null;
            return true;
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            series = null;
            message = e.Message;
            return false;
        }
    }
}
