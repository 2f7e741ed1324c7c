using Backtest.Core.Scenarios;
using Backtest.Reporting.Output;
using SkiaSharp;

namespace Backtest.Reporting.Scenarios;

/// <summary><c>scenario.pdf</c>: one page with the title, the settings, the statistics per target, the fan chart and both distributions.</summary>
internal static class ScenarioSheet
{
    /// <summary>Writes the page of <paramref name="scenario"/> to <paramref name="path"/>.</summary>
    public static void Write(SavedScenario scenario, string path, ReportOptions options, DocumentInfo info)
    {
        // The page states the settings once, above; the figures need not repeat them.
        options = options with { Subtitles = false };
        PdfDocumentWriter.Write(path, info, document => Draw(document, scenario, options));
    }

    private static void Draw(SKDocument document, SavedScenario scenario, ReportOptions options)
    {
        var p = new PdfPage(document.BeginPage(PdfPage.Width, PdfPage.Height));
        BootstrapRecord r = scenario.Record;
        p.Line("Bootstrap Monte Carlo", 16, bold: true);
        p.Paragraph(ScenarioText.Targets(scenario), 11);
        p.Paragraph($"{ScenarioText.Count(r.Paths)} block-bootstrap paths {ScenarioText.Settings(r)}.", 8.5f);
        p.Paragraph($"Percentiles are over paths; CVaR 5% is the mean final return of the worst 5% of paths. Run {r.Id}: {r.CommandLine}", 7, muted: true);
        p.Y += 2;
        p.Y = p.Table(ScenarioRows.Header(scenario), ScenarioRows.Of(scenario), 7.5f) + 6;

        // The fan takes the column's width; the two distributions share a row below it, each half as wide: stacked three
        // high under the table, their legends left each data area under half an inch.
        float room = PdfPage.Height - PdfPage.Margin - p.Y;
        p.Figure(FanFigure.Build(scenario, options), (room * 0.47f) - 6);
        p.Figures(
            [OutcomeFigure.Build(scenario, ScenarioMeasure.FinalReturn, options, withValues: false), OutcomeFigure.Build(scenario, ScenarioMeasure.MaxDrawdown, options, withValues: false)],
            (room * 0.53f) - 6);
        p.Footer($"Bootstrap {r.Id} ({ScenarioText.Count(r.Paths)} paths, seed {r.Seed}), {r.Tool} {r.Version}.");
        document.EndPage();
    }
}
