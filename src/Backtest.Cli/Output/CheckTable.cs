using Backtest.Core.Data.Checks;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// What <c>data check</c> prints: a table of every ticker (facts, counts, verdict), a table of the findings behind
/// each warn and fail, and a summary line.
/// </summary>
/// <remarks>
/// The findings get a table of their own because their text (a loader's message, a split's ratio) is long: inside the
/// ticker table it would be squeezed to a few letters a line on an 80-column console.
/// </remarks>
public static class CheckTable
{
    // Enough dates to find the gap in the file; the count says how many there are in all.
    private const int MissingDaysListed = 5;

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(IAnsiConsole console, FolderReport report)
    {
        console.Write(Tickers(report));
        if (report.Verdict != Severity.Ok)
        {
            console.Write(Findings(report));
        }

        console.Write(new MessageLine(Summary(report)));
        IReadOnlyList<string> failing = report.With(Severity.Fail);
        if (failing.Count > 0)
        {
            console.Write(new MessageLine("Fail:", new Style(Color.Red), $"a backtest on {string.Join(", ", failing)} would be wrong; fix or replace the files (data/README.md explains each finding)."));
        }
    }

    private static Table Tickers(FolderReport report)
    {
        var table = new Table()
            .Title(TerminalText.AsMarkup($"Data check: {report.Location}"))
            .AddColumn(new TableColumn("Ticker").NoWrap())
            .AddColumn(new TableColumn("First").NoWrap())
            .AddColumn(new TableColumn("Last").NoWrap())
            .AddColumn(new TableColumn("Rows").RightAligned())
            .AddColumn(new TableColumn("Missing days").RightAligned())
            .AddColumn(new TableColumn("Jumps").RightAligned())
            .AddColumn(new TableColumn("Placeholder bars").RightAligned())
            .AddColumn(new TableColumn("Dividends").RightAligned())
            .AddColumn("Verdict");
        foreach (TickerReport ticker in report.Tickers)
        {
            SeriesFacts? facts = ticker.Facts;
            table.AddRow(
                TerminalText.AsMarkup(ticker.Ticker),
                facts is null ? "-" : $"{facts.First:yyyy-MM-dd}",
                facts is null ? "-" : $"{facts.Last:yyyy-MM-dd}",
                facts is null ? "-" : $"{facts.Rows}",
                facts is null ? "-" : $"{ticker.Count(FindingKind.MissingDay)}",
                facts is null ? "-" : $"{ticker.Count(FindingKind.AbsurdJump) + ticker.Count(FindingKind.SplitLikeJump) + ticker.Count(FindingKind.LargeMove)}",
                facts is null ? "-" : $"{ticker.Count(FindingKind.PlaceholderBar)}",
                facts is null ? "-" : $"{facts.Dividends}",
                Word(ticker.Verdict));
        }

        return table;
    }

    private static Table Findings(FolderReport report)
    {
        var table = new Table()
            .Title("Findings")
            .AddColumn(new TableColumn("Ticker").NoWrap())
            .AddColumn(new TableColumn("Date").NoWrap())
            .AddColumn(new TableColumn("Verdict").NoWrap())
            .AddColumn("Finding");
        foreach (TickerReport ticker in report.Tickers)
        {
            foreach ((DateOnly? date, Severity severity, string text) in Reasons(ticker).OrderByDescending(r => r.Severity))
            {
                table.AddRow(TerminalText.AsMarkup(ticker.Ticker), date is { } d ? $"{d:yyyy-MM-dd}" : "-", Word(severity), TerminalText.AsMarkup(text));
            }
        }

        return table;
    }

    private static IEnumerable<(DateOnly? Date, Severity Severity, string Text)> Reasons(TickerReport ticker)
    {
        foreach (Finding finding in ticker.Findings.Where(f => f.Kind != FindingKind.MissingDay))
        {
            yield return (finding.Date, finding.Severity, finding.Detail);
        }

        // Missing days come in runs (a lost month of rows), so they are one line from the first, not a line each.
        Finding[] missing = [.. ticker.Findings.Where(f => f.Kind == FindingKind.MissingDay)];
        if (missing.Length > 0)
        {
            string days = string.Join(", ", missing.Take(MissingDaysListed).Select(f => $"{f.Date:yyyy-MM-dd}"));
            string more = missing.Length > MissingDaysListed ? $" and {missing.Length - MissingDaysListed} more" : string.Empty;
            string noun = missing.Length == 1 ? "day" : "days";
            yield return (missing[0].Date, missing.Max(f => f.Severity), $"{missing.Length} missing {noun} ({FindingText.MissingDay()}): {days}{more}");
        }
    }

    private static string Word(Severity severity) => severity switch
    {
        Severity.Fail => "[red]fail[/]",
        Severity.Warn => "[yellow]warn[/]",
        _ => "[green]ok[/]",
    };

    private static string Summary(FolderReport report)
    {
        string calendar = report.Calendar.Count == 0
            ? "no file loaded"
            : $"calendar {report.Calendar[0]:yyyy-MM-dd} to {report.Calendar[^1]:yyyy-MM-dd}, {report.Calendar.Count} trading days";
        return $"{report.Tickers.Count} tickers ({calendar}): {report.With(Severity.Ok).Count} ok, " +
               $"{report.With(Severity.Warn).Count} warn, {report.With(Severity.Fail).Count} fail.";
    }
}
