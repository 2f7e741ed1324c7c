using System.Globalization;
using Backtest.Core.Metrics;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using SkiaSharp;

namespace Backtest.Reporting.Output;

/// <summary>
/// The multi-page <c>report.pdf</c>: page 1 has the title, parameters, metric tables, equity and drawdown; the
/// following pages the other figures, two a page; the last the yearly returns, the trades and the events.
/// </summary>
public static class TearSheet
{
    /// <summary>The pages of a report whose last section fits one page; a long history or many events run over to more.</summary>
    public const int Pages = 5;

    /// <summary>Writes the tear sheet of <paramref name="run"/> to <paramref name="path"/>.</summary>
    public static void Write(SavedRun run, string path, ReportOptions options)
    {
        // The page header states the run and its parameters once; the figures need not repeat them.
        options = options with { Subtitles = false };
        var info = new DocumentInfo($"{run.Label}: backtest report", run.Created);
        PdfDocumentWriter.Write(path, info, document => Draw(document, run, options));
    }

    /// <summary>Draws the pages of the tear sheet of <paramref name="run"/> into <paramref name="document"/>.</summary>
    internal static void Draw(SKDocument document, SavedRun run, ReportOptions options)
    {
        int page = 0;
        PdfPage Next()
        {
            page++;
            var p = new PdfPage(document.BeginPage(PdfPage.Width, PdfPage.Height));
            p.Footer($"{run.Label} ({run.Record.Strategy}), run {run.Record.RunId}, backtest {run.Record.Version}. Page {page}.");
            return p;
        }

        FirstPage(Next(), run, options);
        document.EndPage();
        string[][] pairs = [["exposure", "monthly-returns"], ["rolling-volatility", "rolling-sharpe"], ["costs", "pnl-by-ticker"]];
        foreach (string[] pair in pairs)
        {
            PdfPage p = Next();
            foreach (string name in pair)
            {
                Figure figure = Figure.All.Single(f => f.Name == name);
                p.Figure(figure.Build(run, options), 252);
                p.Y += 18;
            }

            document.EndPage();
        }

        // The last section flows onto further pages when a block would run past the bottom margin.
        PdfPage last = Next();
        LastPage(last, run, needed =>
        {
            if (last.Y + needed <= PdfPage.Height - PdfPage.Margin)
            {
                return last;
            }

            document.EndPage();
            last = Next();
            return last;
        });
        document.EndPage();
    }

    private static void FirstPage(PdfPage p, SavedRun run, ReportOptions options)
    {
        RunMetrics m = run.Metrics;
        p.Line(run.Label, 18, bold: true);
        p.Line(
            $"Strategy {run.Record.Strategy}, {m.FirstDay:yyyy-MM-dd} to {m.LastDay:yyyy-MM-dd} ({m.Strategy.Days} trading days), " +
            $"capital {MetricText.Money(m.Capital)}{(m.Ruined ? ". RUINED: equity fell to zero or below" : string.Empty)}",
            9.5f);
        p.Paragraph($"Parameters: {run.ParameterLine}. Costs and limits: {run.SettingsLine}.", 8, muted: true);
        p.Y += 4;
        float top = p.Y, half = PdfPage.ContentWidth / 2;
        string benchmark = m.BenchmarkTicker ?? "Benchmark";
        float left = p.Table(PdfPage.Margin, [122, 52, 52], ["", "Strategy", benchmark], MetricRows.Returns(m.Strategy, m.Benchmark));
        p.Y = left;
        left = p.Table(PdfPage.Margin, [122, 52], [$"Against {benchmark}", ""], MetricRows.Relative(m.Relative));
        p.Y = top;
        float right = p.Table(PdfPage.Margin + half + 8, [122, 52, 52], ["Costs and income", "Money", "Of capital"], MetricRows.Costs(m));
        p.Y = right;
        // The delta-adjusted row's name is longer than the others: this table's value column sits under the costs' last.
        right = p.Table(PdfPage.Margin + half + 8, [174, 52], ["Exposure", ""], MetricRows.Exposure(m.Exposure, run.HasOptions));
        p.Y = Math.Max(left, right) + 6;
        float room = PdfPage.Height - PdfPage.Margin - p.Y;
        p.Figure(EquityFigure.Build(run, options), room * 0.56f);
        p.Figure(DrawdownFigure.Build(run, options), room * 0.44f - 12);
    }

    private static void LastPage(PdfPage p, SavedRun run, Func<float, PdfPage> room)
    {
        RunMetrics m = run.Metrics;
        var strategyYears = PeriodReturns.Yearly(run.Dates, run.Equity, run.Capital);
        p = room(30 + (strategyYears.KeyCount * 12.5f));
        p.Line("Yearly returns", 12, bold: true);
        var strategy = strategyYears;
        var benchmark = run.Benchmark is null ? null : PeriodReturns.Yearly(run.Dates, run.Benchmark, run.Capital);
        p.Y = p.Table(
            ["Year", "Strategy", m.BenchmarkTicker ?? "Benchmark", "Difference"],
            [.. strategy.Observations.Select(kv =>
            {
                double? b = benchmark?.Get(kv.Key);
                return new[] { kv.Key.Year.ToString(CultureInfo.InvariantCulture), MetricText.Percent(kv.Value), MetricText.Percent(b), MetricText.Percent(kv.Value - b) };
            })]) + 10;

        IReadOnlyList<string[]> byInstrument = TradeRows.ByInstrument(run);
        p = room(60 + ((byInstrument.Count + Math.Min(run.Trades.Count, TradeRows.Shown)) * 12.5f));
        p.Line("Trades", 12, bold: true);
        p.Y = p.Table(TradeRows.ByInstrumentColumns(run), byInstrument) + 4;
        p.Paragraph(TradeRows.Reasons(run), 8.5f);
        p.Y = p.Table(TradeRows.FillColumns(run), TradeRows.Fills(run)) + 2;
        if (run.Trades.Count > TradeRows.Shown)
        {
            p.Line($"... and {run.Trades.Count - TradeRows.Shown} more fills in trades.csv.", 8, muted: true);
        }

        if (run.HasOptions)
        {
            IReadOnlyList<string[]> options = OptionRows.Of(run);
            p.Y += 8;
            p = room(60 + (options.Count * 12.5f));
            p.Line("Options", 12, bold: true);
            p.Y = p.Table([.. OptionRows.Columns], options) + 2;
            p.Paragraph(OptionRows.Note(run), 7.5f, muted: true);
        }

        p.Y += 8;
        p = room(30 + (Math.Min(run.Record.Events.Count, 10 + run.Record.Events.Count(e => e.Kind == "anchor")) * 22) + (run.Record.Notes.Count * 22));
        p.Line("Events", 12, bold: true);
        if (run.Record.Events.Count == 0)
        {
            p.Line("No margin call, stop, scaled order or ruin.", 8.5f);
        }

        // The first ten, and every anchor after them: an anchor says what volatility a contract is marked at for its life.
        var events = run.Record.Events.Where((e, k) => k < 10 || e.Kind == "anchor").ToArray();
        foreach (var e in events)
        {
            p.Paragraph($"{e.Date}: {e.Message}", 8);
        }

        if (run.Record.Events.Count > events.Length)
        {
            p.Line($"... and {run.Record.Events.Count - events.Length} more in run.json.", 8, muted: true);
        }

        foreach (string note in run.Record.Notes)
        {
            p.Paragraph($"Note: {note}", 8, muted: true);
        }
    }
}
