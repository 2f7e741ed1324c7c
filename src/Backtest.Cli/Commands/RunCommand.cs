using Backtest.Cli.Fetching;
using Backtest.Cli.Output;
using Backtest.Core.Engine;
using Backtest.Core.Parameters;
using Backtest.Core.Results;
using Backtest.Core.Runs;
using Backtest.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>run</c>: resolve, run, write the results folder, print the summary.</summary>
public sealed class RunCommand(IAnsiConsole console, ErrorConsole errors, CliEnvironment environment) : Command<RunSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        List<Assignment> assignments = RunAssignments.Of(settings.Sets, settings.From, settings.To, settings.Benchmark, settings.Columns, settings.DateFormat);
        string commandLine = CommandLine.Of(context.Arguments);
        RunRequest request = Request(settings, settings.Target, assignments, commandLine, console, errors, environment, cancellationToken);
        RunPlan plan = RunPlan.Prepare(request, environment.Strategies, environment.Presets());
        return Complete(console, errors, environment, plan, settings, assignments, commandLine, cancellationToken);
    }

    /// <summary>What <c>run</c> and <c>scenario</c> ask of <paramref name="target"/> under <paramref name="settings"/>.</summary>
    internal static RunRequest Request(RunSettings settings, string target, List<Assignment> assignments, string commandLine, IAnsiConsole console, ErrorConsole errors, CliEnvironment environment, CancellationToken cancellationToken) =>
        new(target, assignments, settings.Data ?? environment.DataFolder, commandLine)
        {
            // Only the default folder is filled in: a folder named with --data is the user's, read as it is.
            FetchMissing = settings.Data is null ? new MissingPriceFetcher(console, errors, environment, cancellationToken).Fetch : null,
            Strict = settings.Strict,
        };

    /// <summary>
    /// The step that draws a report with <paramref name="write"/> inside the temporary folder of results just written,
    /// exactly as <c>report</c> would, or null with <c>--no-report</c>. Ctrl+C or SIGTERM stops it at the next of its
    /// checkpoints, and the unfinished folder goes with it.
    /// </summary>
    internal static Action<string>? ReportStep(RunSettings settings, Action<string> write, CancellationToken cancellationToken) =>
        settings.NoReport ? null : temporary =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            write(temporary);
            cancellationToken.ThrowIfCancellationRequested();
        };

    /// <summary>
    /// Runs a prepared <paramref name="plan"/>, writes its results folder (with the report unless <c>--no-report</c>) and
    /// prints its summary or its JSON: the part of <c>run</c> that a scenario on an analog shares.
    /// </summary>
    internal static int Complete(IAnsiConsole console, ErrorConsole errors, CliEnvironment environment, RunPlan plan, RunSettings settings, List<Assignment> assignments, string commandLine, CancellationToken cancellationToken)
    {
        errors.BeforeRun(plan);

        RunOutcome outcome = RunOutcome.Execute(plan);
        foreach (RunEvent anchor in outcome.Result.Events.Where(e => e.Kind == RunEventKind.Anchor))
        {
            // The volatility an anchor implies decides every mark of that contract: the user should see it.
            errors.Note($"{outcome.Result.Date(anchor.Day):yyyy-MM-dd} {anchor.Message}");
        }

        ReportOptions options = settings.ToOptions();
        Action<string>? report = ReportStep(settings, temporary => ReportWriter.Write(temporary, options), cancellationToken);
        string folder;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            folder = ResultFolder.Write(outcome, settings.Out, environment.Clock.GetUtcNow(), commandLine, report);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.Stopped("the run was stopped before its results were complete; nothing was written.");
            return ExitCodes.Cancelled;
        }

        if (settings.Json)
        {
            // For scripts: one JSON object on stdout and nothing else there (notes and warnings are on stderr).
            console.Profile.Out.Writer.WriteLine(RunSummaryJson.Of(outcome, folder, assignments));
            return ExitCodes.Success;
        }

        if (plan.Scenario is { } scenario)
        {
            // A scenario's folder name carries the analog; the title says it in words.
            string name = plan.Preset?.Name ?? plan.Strategy.Name;
            SummaryTable.Write(console, $"{SummaryTable.Title(name, plan.Strategy.Name, assignments)}; {scenario.Title}", outcome.Metrics, folder);
            return ExitCodes.Success;
        }

        SummaryTable.Write(console, SummaryTable.Title(outcome.Plan.Label, outcome.Plan.Strategy.Name, assignments), outcome.Metrics, folder);
        return ExitCodes.Success;
    }
}
