using Backtest.Core.Data;
using Backtest.Core.Data.Checks;
using Backtest.Core.Parameters;

namespace Backtest.Core.Runs;

/// <summary>
/// What a run should tell its user before it runs, though nothing stops it: data that <c>data check</c> fails inside
/// the window, a leg that cannot trade for part of the window, a setting given twice in one place. With
/// <c>--strict</c> each is an error.
/// </summary>
public static class RunWarnings
{
    /// <summary>The warnings of a run on <paramref name="panel"/> made from <paramref name="series"/> with <paramref name="assignments"/>.</summary>
    public static IReadOnlyList<string> Of(PricePanel panel, IReadOnlyList<TickerSeries> series, IReadOnlyList<Assignment> assignments, bool rawPrices)
    {
        var warnings = new List<string>();
        DateOnly first = panel.Dates[0], last = panel.Dates[^1];
        JumpRules rules = JumpRules.Default with { RawPrices = rawPrices };
        foreach (TickerSeries s in series)
        {
            // Only what data check fails: a backtest on such a day is wrong. Large moves and missing days are data check's to show.
            Finding[] failing = [.. PlaceholderBarCheck.Find(s).Concat(JumpCheck.Find(s, rules))
                .Where(f => f.Severity == Severity.Fail && f.Date >= first && f.Date <= last)
                .OrderBy(f => f.Date)];
            if (failing.Length > 0)
            {
                Finding f = failing[0];
                string more = failing.Length > 1 ? $" (and {failing.Length - 1} more such day{(failing.Length > 2 ? "s" : string.Empty)})" : string.Empty;
                warnings.Add($"{s.Ticker} {f.Date:yyyy-MM-dd}: {f.Detail}{more}; data check fails this data, and the run uses it");
            }
        }

        for (int i = 0; i < panel.TickerCount; i++)
        {
            string ticker = panel.Tickers[i];
            if (panel.FirstDay[i] >= panel.DayCount || panel.LastDay[i] < 0)
            {
                warnings.Add($"{ticker} has no prices from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}: the strategy cannot trade it in this run at all");
                continue;
            }

            if (panel.FirstDay[i] > 0)
            {
                DateOnly from = panel.Dates[Math.Min(panel.FirstDay[i], panel.DayCount - 1)];
                warnings.Add($"{ticker} has no prices before {from:yyyy-MM-dd}: for the run's first {panel.FirstDay[i]} trading days ({first:yyyy-MM-dd} on) the strategy cannot trade it");
            }

            if (panel.LastDay[i] < panel.DayCount - 1)
            {
                warnings.Add($"{ticker} has no prices after {panel.Dates[panel.LastDay[i]]:yyyy-MM-dd}: for the run's last {panel.DayCount - 1 - panel.LastDay[i]} trading days the strategy cannot trade it");
            }
        }

        // The command line overriding a preset is the point of --set; the same name twice in one place is a slip.
        foreach (IGrouping<(string, string), Assignment> twice in assignments
            .GroupBy(a => (a.Key.ToUpperInvariant(), Source(a.Origin)))
            .Where(g => g.Count() > 1))
        {
            Assignment used = twice.Last();
            string where = twice.Key.Item2 == CommandLine ? "on the command line" : $"in {twice.Key.Item2}";
            warnings.Add($"{used.Key} is given {twice.Count()} times {where} ({string.Join(", then ", twice.Select(a => a.Origin))}); the last, {used.Value}, is used");
        }

        return warnings;
    }

    private const string CommandLine = "the command line";

    // A preset line's origin is "path, line N"; everything else came from the command line.
    private static string Source(string origin)
    {
        int line = origin.LastIndexOf(", line ", StringComparison.Ordinal);
        return line > 0 && !origin.StartsWith("--", StringComparison.Ordinal) ? origin[..line] : CommandLine;
    }
}
