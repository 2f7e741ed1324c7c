using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;

namespace Backtest.Reporting;

/// <summary>Draws a results folder's report: every figure in the chosen formats under <c>figures/</c>, and <c>report.pdf</c>.</summary>
public static class ReportWriter
{
    /// <summary>The tear sheet's file name.</summary>
    public const string ReportFile = "report.pdf";

    /// <summary>The folder the figures go in.</summary>
    public const string FigureFolder = "figures";

    /// <summary>Reads <paramref name="folder"/> and writes its report into it; returns the files written.</summary>
    public static IReadOnlyList<string> Write(string folder, ReportOptions options)
    {
        SavedRun run = SavedRunReader.Read(folder);
        string figures = Path.Combine(folder, FigureFolder);
        Directory.CreateDirectory(figures);
        var info = new DocumentInfo(run.Label, run.Created);
        var written = new List<string>[Figure.All.Count + 1];
        Parallel.For(0, Figure.All.Count + 1, k =>
        {
            if (k == Figure.All.Count)
            {
                string report = Path.Combine(folder, ReportFile);
                TearSheet.Write(run, report, options);
                written[k] = [report];
                return;
            }

            Figure figure = Figure.All[k];
            written[k] = [.. FigureExporter.Save(figure.Build(run, options), Path.Combine(figures, figure.Name), options.Size, options.Formats, info with { Title = $"{run.Label}: {figure.Name}" })];
        });
        return [.. written.SelectMany(files => files)];
    }
}
