using Backtest.Cli.Output;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Core.Scenarios;
using Backtest.Reporting;
using Backtest.Reporting.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>
/// <c>scenario</c>: run a strategy or preset on a future made from history, through the same engine as <c>run</c>: a
/// historical analog (an ordinary results folder) or block-bootstrap paths (their statistics, paths and fan chart).
/// </summary>
public sealed class ScenarioCommand(IAnsiConsole console, ErrorConsole errors, CliEnvironment environment) : Command<ScenarioSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken)
    {
        List<Assignment> assignments = RunAssignments.Of(settings.Sets, settings.From, settings.To, settings.Benchmark, settings.Columns, settings.DateFormat);
        string commandLine = CommandLine.Of(context.Arguments);
        RunRequest Request(string target) => RunCommand.Request(settings, target, assignments, commandLine, console, errors, environment, cancellationToken);
        DateOnly? start = settings.StartDate();
        if (settings.Analog is { } name)
        {
            RunPlan plan = AnalogScenario.Prepare(Request(settings.Target), AnalogCatalog.Parse(name), start, BetaRule.Parse(settings.Beta), environment.Strategies, environment.Presets());
            return RunCommand.Complete(console, errors, environment, plan, settings, assignments, commandLine, cancellationToken);
        }

        (DateOnly? historyFrom, DateOnly? historyTo) = settings.HistoryWindow();
        var bootstrap = new BootstrapSettings(settings.Bootstrap!.Value, settings.Horizon, settings.Block, settings.Seed, historyFrom, historyTo, KeepDrift: settings.Drift == "history");
        BootstrapScenario scenario = BootstrapScenario.Prepare(
            [Request(settings.Target), .. settings.Versus.Select(Request)], bootstrap, start, environment.Strategies, environment.Presets());
        foreach (BootstrapTarget target in scenario.Targets)
        {
            errors.BeforeRun(target.Plan);
        }

        string block = scenario.BlockRule is null ? $"mean block {scenario.MeanBlock:0.#} days" : $"mean block {scenario.MeanBlock:0.#} days (Politis-White)";
        string title = $"{string.Join(" vs ", scenario.Targets.Select(t => t.Label))}: {bootstrap.Paths:N0} bootstrap paths of {bootstrap.Horizon} days after {scenario.Start:yyyy-MM-dd}, " +
            $"{block}, from {scenario.Moves.Dates[0]:yyyy-MM-dd}..{scenario.Moves.Dates[^1]:yyyy-MM-dd}{(bootstrap.KeepDrift ? string.Empty : " without drift")}, seed {bootstrap.Seed}";
        if (!settings.Json)
        {
            console.Write(new MessageLine(title));
        }

        IReadOnlyList<BootstrapResult> results;
        try
        {
            results = ScenarioProgressView.Run(console, scenario, Environment.ProcessorCount, showBar: !settings.Json, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.Stopped("the scenario was stopped before its paths were done; nothing was written.");
            return ExitCodes.Cancelled;
        }

        string folder;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReportOptions options = settings.ToOptions();
            Action<string>? report = RunCommand.ReportStep(settings, temporary => ScenarioReport.Write(temporary, options), cancellationToken);
            folder = ScenarioFolder.Write(scenario, results, settings.Out, environment.Clock.GetUtcNow(), commandLine, report);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.Stopped("the scenario was stopped before its results were complete; nothing was written.");
            return ExitCodes.Cancelled;
        }

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ScenarioSummaryJson.Of(results, folder));
            return ExitCodes.Success;
        }

        // The line above the progress said what ran; the table's title only names the strategies.
        ScenarioTable.Write(console, string.Join(" vs ", scenario.Targets.Select(t => t.Label)), results, folder);
        return ExitCodes.Success;
    }
}
