using Backtest.Core.Results;
using Backtest.Reporting.Output;
using ScottPlot;

namespace Backtest.Reporting.Scenarios;

/// <summary>
/// Draws a bootstrap Monte Carlo's report into its results folder: the fan chart of equity and the distributions of final
/// return and maximum drawdown under <c>figures/</c>, in the chosen formats, and the one-page <c>scenario.pdf</c>.
/// </summary>
/// <remarks>
/// As for a run's report, the files are drawn into a staging folder and moved over the old ones only when all are written
/// (<see cref="StagedFiles"/>); every document is dated by <c>scenario.json</c>'s createdUtc, so the same folder gives the same bytes.
/// </remarks>
public static class ScenarioReport
{
    /// <summary>The one-page document's file name.</summary>
    public const string ReportFile = "scenario.pdf";

    /// <summary>The folder the figures go in.</summary>
    public const string FigureFolder = "figures";

    /// <summary>The figures' file names, without the format's extension.</summary>
    public static IReadOnlyList<string> FigureNames => [.. Figures.Select(f => f.Name)];

    private static readonly (string Name, Func<SavedScenario, ReportOptions, Plot> Build)[] Figures =
    [
        ("fan", FanFigure.Build),
        (ScenarioMeasure.FinalReturn.Name, (s, o) => OutcomeFigure.Build(s, ScenarioMeasure.FinalReturn, o)),
        (ScenarioMeasure.MaxDrawdown.Name, (s, o) => OutcomeFigure.Build(s, ScenarioMeasure.MaxDrawdown, o)),
    ];

    /// <summary>
    /// Reads the bootstrap in <paramref name="folder"/> (<see cref="SavedScenarioReader"/>) and writes its report into it;
    /// a missing or malformed file is an <see cref="Backtest.Core.InputException"/> naming it.
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, ReportOptions options) =>
        Replace(SavedScenarioReader.Read(folder), options);

    /// <summary>
    /// <c>report</c> on a bootstrap's folder: as <see cref="Write"/> for a finished folder (not a partial one), with a
    /// failure of the disk an <see cref="Backtest.Core.InputException"/> naming <paramref name="folder"/>, the old report
    /// and figures being as they were.
    /// </summary>
    public static IReadOnlyList<string> Redraw(string folder, ReportOptions options) =>
        FolderRedraw.Run(folder, SavedScenarioReader.Read, scenario => Replace(scenario, options));

    /// <summary>Whether <paramref name="folder"/> holds a bootstrap's results (its <c>scenario.json</c>) rather than a run's.</summary>
    public static bool Holds(string folder) =>
        File.Exists(Path.Combine(folder, "scenario.json")) && !File.Exists(Path.Combine(folder, "equity.csv"));

    private static IReadOnlyList<string> Replace(SavedScenario scenario, ReportOptions options) =>
        StagedFiles.Replace(scenario.Folder, staging => Draw(scenario, staging, options));

    private static List<string> Draw(SavedScenario scenario, string staging, ReportOptions options)
    {
        Directory.CreateDirectory(Path.Combine(staging, FigureFolder));
        string targets = ScenarioText.Targets(scenario);
        var info = new DocumentInfo($"{targets}: bootstrap report", scenario.Created);
        var files = new List<string>();
        foreach ((string name, Func<SavedScenario, ReportOptions, Plot> build) in Figures)
        {
            files.AddRange(FigureExporter.Save(build(scenario, options), Path.Combine(staging, FigureFolder, name), options.Size, options.Formats, info with { Title = $"{targets}: {name}" }));
        }

        string report = Path.Combine(staging, ReportFile);
        ScenarioSheet.Write(scenario, report, options, info);
        files.Add(report);
        return files;
    }
}
