using System.Globalization;
using Backtest.Reporting.Input;

namespace Backtest.Reporting.Output;

/// <summary>
/// The tear sheet's options table: each contract the run held, how many, the volatility it was marked at (and whether a
/// premium anchored it), its first and last mark and its P&amp;L.
/// </summary>
public static class OptionRows
{
    /// <summary>The table's columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["Contract", "Contracts", "Volatility", "First mark", "Last mark", "P&L"];

    /// <summary>One row per contract of <paramref name="run"/>, in the order the run first traded or held them.</summary>
    public static IReadOnlyList<string[]> Of(SavedRun run)
    {
        if (run.Contracts.Count > OptionGroups.MostRows)
        {
            return Grouped(run);
        }

        bool sameDays = SameDays(run);
        var rows = new List<string[]>();
        foreach (string contract in run.Contracts)
        {
            SavedOptionMark[] marks = [.. run.OptionMarks.Where(m => m.Contract == contract).OrderBy(m => m.Date)];
            double held = marks.Length > 0 ? marks.Max(m => Math.Abs(m.Contracts)) : MostHeld(run, contract);
            rows.Add(
            [
                contract,
                MetricText.Money(held),
                Volatility(run, contract, marks),
                marks.Length == 0 ? "n/a" : Mark(marks[0], withDate: !sameDays),
                marks.Length == 0 ? "n/a" : Mark(marks[^1], withDate: !sameDays),
                MetricText.Money(run.Metrics.Tickers.FirstOrDefault(t => t.Ticker == contract)?.Pnl),
            ]);
        }

        return rows;
    }

    /// <summary>The line under the table: what the numbers are, and the days of the marks when every contract shares them.</summary>
    public static string Note(SavedRun run)
    {
        if (run.Contracts.Count > OptionGroups.MostRows)
        {
            return $"{run.Contracts.Count} contracts, one row per underlying and right (contracts in brackets): the most held of any one, " +
                "the range of volatilities their marks used, and their P&L summed. Every contract's marks are in options.csv.";
        }

        string days = SameDays(run) && run.OptionMarks.Count > 0
            ? $" ({run.OptionMarks.Min(m => m.Date):yyyy-MM-dd} and {run.OptionMarks.Max(m => m.Date):yyyy-MM-dd})"
            : string.Empty;
        return $"Contracts: the most held (100 shares each). Marks: model premium per share at the first and last close held{days}, from options.csv. " +
            "Volatility: anchored (solved from a premium at entry, see Events), set by the strategy, fixed, or the range the realised rule gave.";
    }

    // One row per underlying and right: too many contracts to list one by one.
    private static IReadOnlyList<string[]> Grouped(SavedRun run) =>
        [.. run.Contracts.GroupBy(OptionGroups.Of).Select(g =>
        {
            SavedOptionMark[] marks = [.. run.OptionMarks.Where(m => g.Contains(m.Contract))];
            double held = g.Max(c => marks.Where(m => m.Contract == c).Select(m => Math.Abs(m.Contracts)).DefaultIfEmpty(MostHeld(run, c)).Max());
            return new[]
            {
                $"{g.Key} ({g.Count()})",
                MetricText.Money(held),
                marks.Length == 0 ? "n/a" : $"{Percent(marks.Min(m => m.Volatility))} to {Percent(marks.Max(m => m.Volatility))}",
                "-",
                "-",
                MetricText.Money(g.Sum(c => run.Metrics.Tickers.FirstOrDefault(t => t.Ticker == c)?.Pnl ?? 0)),
            };
        })];

    // Whether every contract was first and last marked on the same days, so the dates can be said once.
    private static bool SameDays(SavedRun run) =>
        run.OptionMarks.GroupBy(m => m.Contract).Select(g => (g.Min(m => m.Date), g.Max(m => m.Date))).Distinct().Count() <= 1;

    private static string Volatility(SavedRun run, string contract, SavedOptionMark[] marks)
    {
        if (marks.Length == 0)
        {
            return "n/a";
        }

        double low = marks.Min(m => m.Volatility), high = marks.Max(m => m.Volatility);
        string source = marks[0].VolatilitySource switch
        {
            "anchored" or "fixed" => marks[0].VolatilitySource,
            "strategy" => "set",
            "realized" => "realised",

            // A folder saved before options.csv said where the volatility came from: its anchor event does.
            _ => run.Record.Events.Any(e => e.Kind == "anchor" && e.Message.StartsWith($"anchor: {contract} ", StringComparison.Ordinal)) ? "anchored" : "fixed",
        };
        return low == high
            ? $"{MetricText.Percent(low)} {source}"
            : $"{Percent(low)} to {Percent(high)}";
    }

    // A premium per share: cents when it is a dime or more, else four decimals so a near-worthless mark does not read 0.00.
    private static string Mark(SavedOptionMark mark, bool withDate)
    {
        string premium = mark.Mark.ToString(mark.Mark >= 0.1 ? "0.00" : "0.000#", CultureInfo.InvariantCulture);
        return withDate ? $"{premium} ({mark.Date:yyyy-MM-dd})" : premium;
    }

    private static string Percent(double fraction) => fraction.ToString("0.#%", CultureInfo.InvariantCulture);

    // Without options.csv (a folder saved without it): the largest position the fills built.
    private static double MostHeld(SavedRun run, string contract)
    {
        double held = 0, most = 0;
        foreach (SavedTrade trade in run.Trades.Where(t => t.Contract == contract))
        {
            held += trade.Quantity;
            most = Math.Max(most, Math.Abs(held));
        }

        return most;
    }
}
