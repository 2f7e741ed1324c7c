using System.Globalization;
using Backtest.Core.Metrics;
using Backtest.Core.Results;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using CsvHelper;
using SkiaSharp;

namespace Backtest.Reporting.Comparison;

/// <summary>
/// Several runs side by side: overlaid equity, drawdown and delta-adjusted exposure figures, a metrics table, and
/// <c>comparison.pdf</c>.
/// </summary>
public static class ComparisonReport
{
    /// <summary>The comparison document's file name.</summary>
    public const string ReportFile = "comparison.pdf";

    /// <summary>The table's columns.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Run", "Total return", "CAGR", "Volatility", "Sharpe", "Max drawdown", DeltaNet, "Borrow fees", "Margin calls"];

    /// <summary>The column of the average delta-adjusted net exposure: how short a put book is beside a stock short.</summary>
    public const string DeltaNet = "Net exposure, delta-adjusted (avg)";

    /// <summary>The table: one row per run, cells as <see cref="Columns"/> name them.</summary>
    public static IEnumerable<string[]> Rows(IReadOnlyList<SavedRun> runs, string[] labels) =>
        runs.Select((run, k) =>
        {
            RunMetrics m = run.Metrics;
            return new[]
            {
                labels[k], MetricText.Percent(m.Strategy.TotalReturn), MetricText.Percent(m.Strategy.Cagr), MetricText.Percent(m.Strategy.Volatility),
                MetricText.Ratio(m.Strategy.Sharpe), MetricText.Percent(m.Strategy.MaxDrawdown), MetricText.Percent(m.Exposure.AverageDeltaNet), MetricText.Money(m.Costs.BorrowFees),
                MetricText.Count(m.Costs.MarginCalls),
            };
        });

    /// <summary>Writes the comparison of <paramref name="runs"/> into <paramref name="folder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<SavedRun> runs, string folder, ReportOptions options)
    {
        string[] labels = RunLabels.Of(runs);
        var info = new DocumentInfo("Comparison of backtests", runs.Max(r => r.Created));
        var files = new List<string>();
        files.AddRange(FigureExporter.Save(ComparisonFigures.Equity(runs, labels, options), Path.Combine(folder, "equity"), options.Size, options.Formats, info));
        files.AddRange(FigureExporter.Save(ComparisonFigures.Drawdown(runs, labels, options), Path.Combine(folder, "drawdown"), options.Size, options.Formats, info));
        files.AddRange(FigureExporter.Save(ComparisonFigures.Exposure(runs, labels, options), Path.Combine(folder, "exposure"), options.Size, options.Formats, info));
        files.Add(WriteTable(runs, labels, Path.Combine(folder, "metrics.csv")));
        files.Add(WriteDocument(runs, labels, Path.Combine(folder, ReportFile), options, info));
        return files;
    }

    private static string WriteTable(IReadOnlyList<SavedRun> runs, string[] labels, string path)
    {
        using CsvWriter csv = ResultCsv.Create(path);
        ResultCsv.WriteHeader(csv, "run", "folder", "total_return", "cagr", "volatility", "sharpe", "max_drawdown", "average_delta_net", "borrow_fees", "margin_calls", "final_equity");
        for (int k = 0; k < runs.Count; k++)
        {
            RunMetrics m = runs[k].Metrics;
            csv.WriteField(labels[k]);
            csv.WriteField(runs[k].Folder);
            foreach (double value in (double[])[m.Strategy.TotalReturn, m.Strategy.Cagr, m.Strategy.Volatility, m.Strategy.Sharpe, m.Strategy.MaxDrawdown, m.Exposure.AverageDeltaNet, m.Costs.BorrowFees])
            {
                csv.WriteField(value);
            }

            csv.WriteField(m.Costs.MarginCalls);
            csv.WriteField(m.FinalEquity);
            csv.EndRecord();
        }

        return path;
    }

    private static string WriteDocument(IReadOnlyList<SavedRun> runs, string[] labels, string path, ReportOptions options, DocumentInfo info)
    {
        PdfDocumentWriter.Write(path, info, document => DrawDocument(document, runs, labels, options));
        return path;
    }

    private static void DrawDocument(SKDocument document, IReadOnlyList<SavedRun> runs, string[] labels, ReportOptions options)
    {
        var page = new PdfPage(document.BeginPage(PdfPage.Width, PdfPage.Height));
        page.Line("Comparison of backtests", 18, bold: true);
        page.Paragraph(ComparisonFigures.Days(runs) + ".", 9.5f);

        // Thirty folders would fill half the page; past a dozen runs metrics.csv names them, row for row.
        page.Paragraph(
            runs.Count > ComparisonFigures.LabelledRuns
                ? "Each run's folder is in metrics.csv, in the table's order."
                : string.Join("; ", runs.Select((r, k) => $"{k + 1}. {labels[k]}: {r.Folder}")),
            7.5f,
            muted: true);
        page.Y += 4;

        // Numbered, so that the figures' legends can name thirty runs by number.
        string[][] rows = [.. Rows(runs, labels).Select((row, k) => (string[])[$"{k + 1}. {row[0]}", .. row[1..]])];
        page.Y = page.Table([.. Columns.Select(c => c == DeltaNet ? DeltaNetOnThreeLines : c)], rows, 7.5f) + 8;
        float room = PdfPage.Height - PdfPage.Margin - page.Y;
        if (room < MinimumFigureRoom)
        {
            // A long table leaves the figures too little height to read: they go on a page of their own.
            page.Footer($"Compared {runs.Count} runs with backtest; figures overleaf.");
            document.EndPage();
            page = new PdfPage(document.BeginPage(PdfPage.Width, PdfPage.Height));
            room = PdfPage.Height - (2 * PdfPage.Margin);
        }

        ReportOptions compact = options with { Subtitles = false };
        page.Figure(ComparisonFigures.Equity(runs, labels, compact), (room * 0.38f) - 6);
        page.Figure(ComparisonFigures.Drawdown(runs, labels, compact), (room * 0.31f) - 6);
        page.Figure(ComparisonFigures.Exposure(runs, labels, compact), (room * 0.31f) - 6);
        page.Footer($"Compared {runs.Count} runs with backtest.");
        document.EndPage();
    }

    // The widest header, on three lines: on two it took the width the run names need.
    private const string DeltaNetOnThreeLines = "Net exposure,\ndelta-adjusted\n(avg)";

    // The height three figures need below the table to keep their legends and a data area an inch tall (about 6 inches):
    // three short labels leave about 7; two labels of four settings, wrapped in the table and over two legend lines,
    // left the drawdown's data area a third of an inch on the same page.
    private const float MinimumFigureRoom = 440;
}
