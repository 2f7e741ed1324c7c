using Backtest.Cli.Fetching;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Core.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary><c>scenario</c>: run a strategy or preset on a future made from history, through the same engine as <c>run</c>.</summary>
public sealed class ScenarioCommand(IAnsiConsole console, ErrorConsole errors, CliEnvironment environment) : Command<ScenarioSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken)
    {
        List<Assignment> assignments = RunAssignments.Of(settings.Sets, settings.From, settings.To, settings.Benchmark, settings.Columns, settings.DateFormat);
        string commandLine = CommandLine.Of(context.Arguments);
        var request = new RunRequest(settings.Target, assignments, settings.Data ?? environment.DataFolder, commandLine)
        {
            FetchMissing = settings.Data is null ? new MissingPriceFetcher(console, errors, environment, cancellationToken).Fetch : null,
            Strict = settings.Strict,
        };
        Analog analog = AnalogCatalog.Parse(settings.Analog!);
        DateOnly? start = settings.Start is null ? null : DateOnly.ParseExact(settings.Start, "yyyy-MM-dd");
        RunPlan plan = AnalogScenario.Prepare(request, analog, start, BetaRule.Parse(settings.Beta), environment.Strategies, environment.Presets());
        return RunCommand.Complete(console, errors, environment, plan, settings, assignments, commandLine, cancellationToken);
    }
}
