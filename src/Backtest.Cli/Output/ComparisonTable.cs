using Backtest.Reporting.Comparison;
using Backtest.Reporting.Input;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Backtest.Cli.Output;

/// <summary>
/// The table <c>compare</c> prints: first the runs as a numbered list, each label whole on its line, then the numbers under
/// the runs' numbers. A measure a row and a run a column, as <c>run</c>'s summary has strategy and benchmark, as many runs
/// to a table as fit across the console; a run a row when the runs are too many for one table and the row fits.
/// </summary>
/// <remarks>
/// Labels sat in the table's header or first column, where Spectre shared the console's width among nine columns and broke
/// a run's name every eight characters. Numbers take two, so every column fits and no header is cut.
/// </remarks>
public static class ComparisonTable
{
    // A column's padding and its rule, beside its text.
    private const int ColumnRoom = 3;

    /// <summary>Writes the comparison of <paramref name="runs"/>, named by <paramref name="labels"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<SavedRun> runs, string[] labels)
    {
        string[][] rows = [.. ComparisonReport.Rows(runs, labels)];
        int width = console.Profile.Width;
        console.Write(new Rule("Comparison").LeftJustified());
        for (int k = 0; k < labels.Length; k++)
        {
            console.Write(new Markup($"[bold]{k + 1,2}[/]  {TerminalText.AsMarkup(labels[k])}\n"));
        }

        int measureWidth = ComparisonReport.Columns.Skip(1).Max(c => c.Length) + ColumnRoom + 1;
        int[] runWidths = [.. rows.Select(row => row.Skip(1).Max(c => c.Length) + ColumnRoom)];
        int perTable = Math.Max(1, (width - measureWidth) / Math.Max(1, runWidths.Max()));
        if (runs.Count > perTable && RunARowWidth(rows) <= width)
        {
            console.Write(RunARow(rows));
            return;
        }

        for (int first = 0; first < rows.Length; first += perTable)
        {
            console.Write(MeasureARow(rows, first, Math.Min(perTable, rows.Length - first)));
        }
    }

    private static IRenderable MeasureARow(string[][] rows, int first, int count)
    {
        var table = new Table().AddColumn(string.Empty);
        for (int k = first; k < first + count; k++)
        {
            table.AddColumn(new TableColumn($"[bold]{k + 1}[/]").RightAligned());
        }

        for (int c = 1; c < ComparisonReport.Columns.Count; c++)
        {
            table.AddRow([TerminalText.AsMarkup(ComparisonReport.Columns[c]), .. rows.Skip(first).Take(count).Select(row => TerminalText.AsMarkup(row[c]))]);
        }

        return table;
    }

    private static IRenderable RunARow(string[][] rows)
    {
        var table = new Table().AddColumn(new TableColumn("#").RightAligned());
        foreach (string column in ComparisonReport.Columns.Skip(1))
        {
            table.AddColumn(new TableColumn(TerminalText.AsMarkup(column)).RightAligned());
        }

        for (int k = 0; k < rows.Length; k++)
        {
            table.AddRow([$"{k + 1}", .. rows[k].Skip(1).Select(TerminalText.AsMarkup)]);
        }

        return table;
    }

    // The row's width with each header broken at its spaces (as Spectre breaks it) and no number broken.
    private static int RunARowWidth(string[][] rows) =>
        1 + ColumnRoom + rows.Length.ToString(System.Globalization.CultureInfo.InvariantCulture).Length
        + Enumerable.Range(1, ComparisonReport.Columns.Count - 1)
            .Sum(c => ColumnRoom + Math.Max(ComparisonReport.Columns[c].Split(' ').Max(w => w.Length), rows.Max(row => row[c].Length)));
}
