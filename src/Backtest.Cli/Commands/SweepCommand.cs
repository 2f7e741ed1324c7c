using Backtest.Cli.Fetching;
using Backtest.Cli.Output;
using Backtest.Core.Parameters;
using Backtest.Core.Sweeps;
using Backtest.Reporting;
using Backtest.Reporting.Sweeps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>
/// <c>sweep</c>: check everything (grid, parameters, data, ranking, slice) before writing anything, run every combination
/// of the slice on all cores with progress, then write the results folder and print the ranking. Stopped (Ctrl+C,
/// SIGTERM), it saves what is finished, says how to resume and exits with <see cref="ExitCodes.Cancelled"/>.
/// </summary>
public sealed class SweepCommand(IAnsiConsole console, ErrorConsole errors, CliEnvironment environment) : Command<SweepSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        List<Assignment> assignments = RunAssignments.Of(settings.Sets, settings.From, settings.To, settings.Benchmark, settings.Columns, settings.DateFormat);
        string commandLine = CommandLine.Of(context.Arguments);
        ShardSlice shard = ShardSlice.Resolve(settings.Shard, settings.Shards, environment.Variables);
        var request = new SweepRequest(settings.Target, assignments, settings.Grids, settings.Data ?? environment.DataFolder, commandLine)
        {
            FetchMissing = settings.Data is null ? new MissingPriceFetcher(console, errors, environment, cancellationToken).Fetch : null,
        };
        SweepPlan plan = SweepPlan.Prepare(request, environment.Strategies, environment.Presets());
        var columns = new SweepColumnSet(plan.Grid.Axes);
        int metric = columns.Resolve(settings.Metric, "--metric");
        SweepFilter? filter = settings.Where is null ? null : SweepFilter.Parse(settings.Where, columns);
        errors.BeforeRun(plan.Base);

        var options = new SweepJobOptions(settings.Out, shard, environment.Clock.GetUtcNow())
        {
            KeepCurves = settings.KeepCurves,
            Resume = settings.Resume,
            Threads = settings.Threads ?? Environment.ProcessorCount,
        };
        using SweepJob job = SweepJob.Open(plan, options);
        string slice = shard.IsWhole ? string.Empty : $", shard {shard} ({job.Total:N0} of them)";
        console.Write(new MessageLine($"sweep {plan.Id}: {plan.Grid.Count:N0} combinations of {plan.Label}{slice} on {options.Threads} threads"));
        if (job.Resumed)
        {
            console.Write(new MessageLine($"resuming from {job.WorkFolder}"));
        }

        if (!SweepProgressView.Run(console, job, cancellationToken))
        {
            errors.Stopped($"the finished combinations are kept in {job.WorkFolder}. Resume with: {commandLine} --resume");
            return ExitCodes.Cancelled;
        }

        var ranking = new SweepRanking(columns, metric, settings.Ascending, settings.Top, filter);
        string metricColumn = columns.Names[metric];
        ReportOptions figureOptions = settings.ToOptions();
        Action<string>? figures = settings.NoFigures ? null : folder => WriteFigures(folder, metricColumn, figureOptions);
        string results = job.Finish(ranking, figures);
        if (settings.Top > 0)
        {
            SweepTopTable.Write(console, ranking, columns, filter?.Text);
        }

        console.Write(new MessageLine($"Results: {results}"));
        return ExitCodes.Success;
    }

    // Inside the work folder before it is renamed into place, as run's report is: a sweep folder is complete or absent.
    private static void WriteFigures(string folder, string metricColumn, ReportOptions options) =>
        SweepFigures.Write(folder, metricColumn, options);
}
