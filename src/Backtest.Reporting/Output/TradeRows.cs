using System.Globalization;
using Backtest.Reporting.Input;

namespace Backtest.Reporting.Output;

/// <summary>The tear sheet's trade tables: fills summed by ticker or option contract, and the first fills one by one.</summary>
public static class TradeRows
{
    /// <summary>The fills listed one by one; trades.csv has the rest.</summary>
    public const int Shown = 12;

    /// <summary>What the instrument column is called: a run with options trades contracts as well as tickers.</summary>
    public static string Instrument(SavedRun run) => run.HasOptions ? "Ticker or contract" : "Ticker";

    /// <summary>The columns of <see cref="ByInstrument"/>.</summary>
    public static string[] ByInstrumentColumns(SavedRun run) => [Instrument(run), "Fills", "Bought", "Sold", "Commission", "Slippage"];

    /// <summary>The columns of <see cref="Fills"/>.</summary>
    public static string[] FillColumns(SavedRun run) => ["Date", Instrument(run), "Quantity", "Price", "Commission", "Slippage", "Reason"];

    /// <summary>
    /// Fills, money bought and sold (an option's at 100 shares a contract), commission and slippage, by instrument in name
    /// order; with more than <see cref="OptionGroups.MostRows"/> instruments, option contracts by underlying and right.
    /// </summary>
    public static IReadOnlyList<string[]> ByInstrument(SavedRun run)
    {
        bool grouped = run.Trades.Select(t => t.Instrument).Distinct().Count() > OptionGroups.MostRows;
        string Key(SavedTrade t) => grouped && t.IsOption ? OptionGroups.Of(t.Contract) : t.Instrument;
        return [.. run.Trades.GroupBy(Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new[]
        {
            g.First().IsOption && grouped ? $"{g.Key} ({g.Select(t => t.Contract).Distinct().Count()})" : g.Key,
            MetricText.Count(g.Count()),
            MetricText.Money(g.Where(t => t.Quantity > 0).Sum(t => t.Value)),
            MetricText.Money(-g.Where(t => t.Quantity < 0).Sum(t => t.Value)),
            MetricText.Money(g.Sum(t => t.Commission)),
            MetricText.Money(g.Sum(t => t.Slippage)),
        })];
    }

    /// <summary>The first <see cref="Shown"/> fills: an option's named by its contract, its quantity in contracts and its price a premium per share.</summary>
    public static IReadOnlyList<string[]> Fills(SavedRun run) =>
        [.. run.Trades.Take(Shown).Select(t => new[]
        {
            t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.Instrument, MetricText.Money(t.Quantity),
            t.Price.ToString("0.00", CultureInfo.InvariantCulture), t.Commission.ToString("0.00", CultureInfo.InvariantCulture),
            t.Slippage.ToString("0.00", CultureInfo.InvariantCulture), t.Reason,
        })];

    /// <summary>The line between the tables: fills by reason (rebalance, stop, margin-call, ruin, exercise, expiry).</summary>
    public static string Reasons(SavedRun run)
    {
        var reasons = run.Trades.GroupBy(t => t.Reason).Select(g => $"{g.Key} {g.Count()}");
        string units = run.HasOptions ? " Option quantities are contracts, prices premiums per share." : string.Empty;
        return $"Fills by reason: {string.Join(", ", reasons.DefaultIfEmpty("none"))}.{units}";
    }
}
