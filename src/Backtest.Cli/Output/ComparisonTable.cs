using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>
/// The table <c>compare</c> prints: a measure a row and a run a column, as <c>run</c>'s summary has strategy and benchmark,
/// when the runs fit across the console; else a run a row.
/// </summary>
/// <remarks>
/// A run a row needs nine columns, which an 80-column console shows only by breaking every number over two lines; two or
/// three runs with short names fit across instead.
/// </remarks>
public static class ComparisonTable
{
    /// <summary>Writes the comparison of <paramref name="runs"/>, named by <paramref name="labels"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<SavedRun> runs, string[] labels)
    {
        string[][] rows = [.. ComparisonReport.Rows(runs, labels)];
        var table = new Table().Title("Comparison");
        int across = ComparisonReport.Columns.Skip(1).Max(c => c.Length) + 4 + labels.Sum(l => Math.Max(l.Length, 8) + 3);
        if (across <= console.Profile.Width)
        {
            table.AddColumn(string.Empty);
            foreach (string label in labels)
            {
                table.AddColumn(new TableColumn(TerminalText.AsMarkup(label)).RightAligned());
            }

            for (int c = 1; c < ComparisonReport.Columns.Count; c++)
            {
                table.AddRow([TerminalText.AsMarkup(ComparisonReport.Columns[c]), .. rows.Select(row => TerminalText.AsMarkup(row[c]))]);
            }
        }
        else
        {
            foreach (string column in ComparisonReport.Columns)
            {
                table.AddColumn(column == "Run" ? new TableColumn(column) : new TableColumn(column).RightAligned());
            }

            foreach (string[] row in rows)
            {
                table.AddRow(row.Select(TerminalText.AsMarkup).ToArray());
            }
        }

        console.Write(table);
    }
}
