using System.Runtime.ExceptionServices;
using Backtest.Core;
using Backtest.Core.Results;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;

namespace Backtest.Reporting;

/// <summary>Draws a results folder's report: every figure in the chosen formats under <c>figures/</c>, and <c>report.pdf</c>.</summary>
/// <remarks>
/// The files are drawn into a staging folder and moved over the old ones only when all of them are written
/// (<see cref="StagedFiles"/>): a report drawn again either replaces the whole old report or leaves it as it was.
/// </remarks>
public static class ReportWriter
{
    /// <summary>The tear sheet's file name.</summary>
    public const string ReportFile = "report.pdf";

    /// <summary>The folder the figures go in.</summary>
    public const string FigureFolder = "figures";

    /// <summary>
    /// Reads <paramref name="folder"/> and writes its report into it; returns the files written. A failure of the disk is
    /// rethrown as it came, after the old files are found untouched and the new ones removed (a run reports it for the
    /// folder it was writing); a link in the place of <c>figures/</c> is an <see cref="InputException"/>.
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, ReportOptions options) =>
        Replace(SavedRunReader.Read(folder), options);

    /// <summary>
    /// <c>report</c>: as <see cref="Write"/> for a finished results folder (not a partial one,
    /// <see cref="SavedRunReader.ReadFinished"/>), with a failure of the disk an <see cref="InputException"/> that names
    /// <paramref name="folder"/> and the reason, the old report and figures being as they were.
    /// </summary>
    public static IReadOnlyList<string> Redraw(string folder, ReportOptions options) =>
        FolderRedraw.Run(folder, SavedRunReader.Read, run => Replace(run, options));

    private static IReadOnlyList<string> Replace(SavedRun run, ReportOptions options) =>
        StagedFiles.Replace(run.Folder, staging => Draw(run, staging, options));

    private static IReadOnlyList<string> Draw(SavedRun run, string staging, ReportOptions options)
    {
        Directory.CreateDirectory(Path.Combine(staging, FigureFolder));
        var info = new DocumentInfo(run.Label, run.Created);
        var written = new List<string>[Figure.All.Count + 1];
        try
        {
            Parallel.For(0, Figure.All.Count + 1, k => written[k] = Draw(run, k, staging, options, info));
        }
        catch (AggregateException e) when (WriteFailure.Find(e) is { } failure)
        {
            // The disk failing under several figures at once is one failure to the user: the first, as thrown.
            ExceptionDispatchInfo.Throw(failure);
        }

        return [.. written.SelectMany(files => files)];
    }

    private static List<string> Draw(SavedRun run, int k, string staging, ReportOptions options, DocumentInfo info)
    {
        if (k == Figure.All.Count)
        {
            string report = Path.Combine(staging, ReportFile);
            TearSheet.Write(run, report, options);
            return [report];
        }

        Figure figure = Figure.All[k];
        string path = Path.Combine(staging, FigureFolder, figure.Name);
        return [.. FigureExporter.Save(figure.Build(run, options), path, options.Size, options.Formats, info with { Title = $"{run.Label}: {figure.Name}" })];
    }
}
