using Backtest.Cli.Output;
using Backtest.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>report</c>: draws the figures and report.pdf of a results folder again, from its saved CSV and JSON.</summary>
public sealed class ReportCommand(IAnsiConsole console) : Command<ReportSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> files = ReportWriter.Redraw(settings.Folder, settings.ToOptions());
        console.Write(new MessageLine($"Wrote {files.Count} files: {Path.Combine(settings.Folder, ReportWriter.ReportFile)} and {Path.Combine(settings.Folder, ReportWriter.FigureFolder)}/"));
        return ExitCodes.Success;
    }
}
