using System.ComponentModel;
using Backtest.Core.Results;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>sweep</c>: those of <c>run</c>, the grid, the ranking and the slice.</summary>
public sealed class SweepSettings : ReportOptionSettings
{
    /// <summary>A preset, a strategy, or a <c>.preset</c> file.</summary>
    [CommandArgument(0, "<STRATEGY>")]
    [Description("A preset (burry-13f-2025), a strategy (buy-and-hold) or a .preset file. 'list' shows them.")]
    public string Target { get; init; } = string.Empty;

    /// <summary>The grid, one axis per option.</summary>
    [CommandOption("-g|--grid <NAME=SPEC>")]
    [Description("A parameter to vary (strategy, engine, options or run): START:STOP:STEP (numbers, both ends included), a,b,c (a list; ';' between values holding commas), or START..END:daily|weekly|monthly|quarterly (the first trading day of each period). Repeatable; the first varies slowest.")]
    public string[] Grids { get; init; } = [];

    /// <summary>Parameter values.</summary>
    [CommandOption("-s|--set <NAME=VALUE>")]
    [Description("Set a parameter for every combination, as with run. Repeatable; wins over the preset, loses to --grid.")]
    public string[] Sets { get; init; } = [];

    /// <summary>First day.</summary>
    [CommandOption("--from <DATE>")]
    [Description("First day of the runs (yyyy-MM-dd); same as --set from=DATE.")]
    public string? From { get; init; }

    /// <summary>Last day.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last day of the runs (yyyy-MM-dd); same as --set to=DATE.")]
    public string? To { get; init; }

    /// <summary>The data folder.</summary>
    [CommandOption("--data <DIR>")]
    [Description("Folder of price files, as for run. Without it: data, and tickers missing there are fetched once.")]
    public string? Data { get; init; }

    /// <summary>CSV column names.</summary>
    [CommandOption("--columns <MAPPING>")]
    [Description("CSV column names as ours=theirs; same as --set columns=MAPPING.")]
    public string? Columns { get; init; }

    /// <summary>CSV date format.</summary>
    [CommandOption("--date-format <FORMAT>")]
    [Description("Date format of CSV files; same as --set dateFormat=FORMAT.")]
    public string? DateFormat { get; init; }

    /// <summary>The results folder.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder the results go under, as <DIR>/<preset>/sweep-<time>-<id>/.")]
    [DefaultValue("results")]
    public string Out { get; init; } = "results";

    /// <summary>The benchmark.</summary>
    [CommandOption("--benchmark <TICKER>")]
    [Description("Buy-and-hold benchmark, or none; same as --set benchmark=TICKER.")]
    public string? Benchmark { get; init; }

    /// <summary>The metric ranked by.</summary>
    [CommandOption("--metric <NAME>")]
    [Description("Column to rank by: a metrics.json path (strategy.sharpe, exposure.averageDeltaNet, finalEquity) or a short name for strategy.<name> (sharpe, maxDrawdown). Highest first.")]
    [DefaultValue("sharpe")]
    public string Metric { get; init; } = "sharpe";

    /// <summary>Rank lowest first.</summary>
    [CommandOption("--ascending")]
    [Description("Rank lowest first (for volatility, say).")]
    public bool Ascending { get; init; }

    /// <summary>The filter of the printed ranking.</summary>
    [CommandOption("--where <CONDITION>")]
    [Description("Rank only rows passing COLUMN OP VALUE (OP: < <= > >= == !=), joined by 'and', e.g. \"maxDrawdown > -0.5 and trades > 0\". sweep.csv keeps every row.")]
    public string? Where { get; init; }

    /// <summary>Rows printed.</summary>
    [CommandOption("--top <N>")]
    [Description("Rows of the ranking printed at the end.")]
    [DefaultValue(20)]
    public int Top { get; init; } = 20;

    /// <summary>The slice to run.</summary>
    [CommandOption("--shard <K/N>")]
    [Description("Run the K-th of N contiguous slices of the grid (K from 1); 'sweep merge' joins them. Without it, JOB_COMPLETION_INDEX (Kubernetes, with --shards) or SLURM_ARRAY_TASK_ID (Slurm) pick the slice.")]
    public string? Shard { get; init; }

    /// <summary>The number of slices.</summary>
    [CommandOption("--shards <N>")]
    [Description("The number of slices when a scheduler gives the index (a Kubernetes Indexed Job's completions; Slurm: defaults to SLURM_ARRAY_TASK_COUNT).")]
    public int? Shards { get; init; }

    /// <summary>Complete a stopped sweep.</summary>
    [CommandOption("--resume")]
    [Description("Complete a stopped sweep of the same grid and slice (else start one).")]
    public bool Resume { get; init; }

    /// <summary>Keep the equity curves.</summary>
    [CommandOption("--keep-curves")]
    [Description("Also write every equity curve to curves.csv (index,date,equity; large).")]
    public bool KeepCurves { get; init; }

    /// <summary>Skip the figures.</summary>
    [CommandOption("--no-figures")]
    [Description("Write only sweep.csv and sweep.json, no figures.")]
    public bool NoFigures { get; init; }

    /// <summary>Threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Threads running combinations (default: every core).")]
    public int? Threads { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Target))
        {
            return ValidationResult.Error("name a strategy or preset to sweep; 'list' shows them");
        }

        if (Top < 0)
        {
            return ValidationResult.Error($"--top {Top}: give the number of rows to print, 0 or more");
        }

        if (Threads is < 1)
        {
            return ValidationResult.Error($"--threads {Threads}: give at least 1");
        }

        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error(OutputErrors.EmptyRoot().Message);
        }

        return base.Validate();
    }
}
