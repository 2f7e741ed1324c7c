using Backtest.Core.Scenarios;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>Shows a bootstrap running: a progress bar on a terminal, nothing where output is read by a program.</summary>
public static class ScenarioProgressView
{
    /// <summary>Runs every path of <paramref name="scenario"/> on <paramref name="threads"/> threads while showing its progress.</summary>
    public static IReadOnlyList<BootstrapResult> Run(IAnsiConsole console, BootstrapScenario scenario, int threads, bool showBar, CancellationToken cancellationToken)
    {
        if (!showBar || !console.Profile.Capabilities.Interactive)
        {
            return scenario.Run(threads, null, cancellationToken);
        }

        IReadOnlyList<BootstrapResult> results = [];
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("paths", maxValue: scenario.Settings.Paths);
                results = scenario.Run(threads, done => task.Value = done, cancellationToken);
            });
        return results;
    }
}
