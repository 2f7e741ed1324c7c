using Backtest.Cli.Output;
using Backtest.Reporting;
using Backtest.Reporting.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>report</c>: draws the figures and report.pdf of a results folder (or scenario.pdf of a bootstrap's) again, from its saved CSV and JSON.</summary>
public sealed class ReportCommand(IAnsiConsole console) : Command<ReportSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        // A bootstrap's folder has its own report (scenario.pdf and its figures); a run's, report.pdf and its figures.
        bool scenario = ScenarioReport.Holds(settings.Folder);
        IReadOnlyList<string> files = scenario ? ScenarioReport.Redraw(settings.Folder, settings.ToOptions()) : ReportWriter.Redraw(settings.Folder, settings.ToOptions());
        string report = scenario ? ScenarioReport.ReportFile : ReportWriter.ReportFile;
        console.Write(new MessageLine($"Wrote {files.Count} files: {Path.Combine(settings.Folder, report)} and {Path.Combine(settings.Folder, ReportWriter.FigureFolder)}/"));
        return ExitCodes.Success;
    }
}
