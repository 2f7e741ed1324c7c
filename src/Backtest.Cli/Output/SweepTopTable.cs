using System.Globalization;
using Backtest.Core.Sweeps;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>The ranking printed at the end of a sweep: the best combinations with their parameters and headline metrics.</summary>
public static class SweepTopTable
{
    // Few enough columns to fit a terminal beside the parameters; sweep.csv has the rest.
    private static readonly string[] Headline = ["strategy.totalReturn", "strategy.maxDrawdown"];

    /// <summary>Writes the rows of <paramref name="ranking"/>, ranked by its column.</summary>
    public static void Write(IAnsiConsole console, SweepRanking ranking, SweepColumnSet columns, string? where)
    {
        IReadOnlyList<SweepRankedRow> rows = ranking.Rows();
        string by = columns.Names[ranking.Column];
        string filter = where is null ? string.Empty : $" where {where}";
        if (rows.Count == 0)
        {
            console.Write(new MessageLine($"No combination has a value of {by}{filter}."));
            return;
        }

        int axes = columns.Axes.Count;
        var shown = new List<int> { ranking.Column };
        shown.AddRange(Headline.Select(h => columns.Resolve(h, "--metric")).Where(c => !shown.Contains(c)));
        var table = new Table().Title(TerminalText.AsMarkup($"Top {rows.Count} of {ranking.Matched:N0} by {by}{(ranking.Ascending ? " (lowest first)" : string.Empty)}{filter}"));
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn(new TableColumn("index").RightAligned());
        foreach (GridAxis axis in columns.Axes)
        {
            table.AddColumn(new TableColumn(TerminalText.AsMarkup(axis.Name)).RightAligned());
        }

        foreach (int c in shown)
        {
            table.AddColumn(new TableColumn(TerminalText.AsMarkup(Header(columns.Names[c]))).RightAligned());
        }

        int rank = 0;
        foreach (SweepRankedRow row in rows)
        {
            var cells = new List<string> { (++rank).ToString(CultureInfo.InvariantCulture), row.Index.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(row.Values.Select(TerminalText.AsMarkup));
            cells.AddRange(shown.Select(c => Cell(columns, c, row, axes)));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
    }

    private static string Cell(SweepColumnSet columns, int column, SweepRankedRow row, int axes)
    {
        if (column <= axes)
        {
            return column == 0 ? row.Index.ToString(CultureInfo.InvariantCulture) : TerminalText.AsMarkup(row.Values[column - 1]);
        }

        int m = column - 1 - axes;
        double value = row.Metrics[m];
        return MetricColumns.Text(MetricColumns.All[m].Kind, value) ?? value.ToString("G5", CultureInfo.InvariantCulture);
    }

    // The strategy's metrics are the ones ranked by far most often: their short names are clear in a header.
    private static string Header(string column) =>
        column.StartsWith("strategy.", StringComparison.Ordinal) ? column["strategy.".Length..] : column;
}
