using System.ComponentModel;
using Backtest.Core.Results;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>run</c>.</summary>
public class RunSettings : ReportOptionSettings
{
    /// <summary>A preset, a strategy, or a <c>.preset</c> file.</summary>
    [CommandArgument(0, "<STRATEGY>")]
    [Description("A preset (burry-13f-2025), a strategy (buy-and-hold) or a .preset file. 'list' shows them.")]
    public string Target { get; init; } = string.Empty;

    /// <summary>Parameter values.</summary>
    [CommandOption("-s|--set <NAME=VALUE>")]
    [Description("Set a strategy parameter or engine setting, e.g. --set shortAllocation=0.6 --set borrowFee.PLTR=0.03. Repeatable; wins over the preset.")]
    public string[] Sets { get; init; } = [];

    /// <summary>First day.</summary>
    [CommandOption("--from <DATE>")]
    [Description("First day of the run (yyyy-MM-dd); same as --set from=DATE.")]
    public string? From { get; init; }

    /// <summary>Last day.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last day of the run (yyyy-MM-dd); same as --set to=DATE.")]
    public string? To { get; init; }

    /// <summary>The data folder, or null for the default one (which run fills with the prices it lacks).</summary>
    [CommandOption("--data <DIR>")]
    [Description("Folder of <TICKER>.csv price files (optional <TICKER>_dividends.csv, _splits.csv), LEAN daily data (root, equity/usa or daily) or Stooq .txt files; see data/README.md. Without it: data, and tickers missing there are fetched once (as 'data fetch' does).")]
    public string? Data { get; init; }

    /// <summary>CSV column names.</summary>
    [CommandOption("--columns <MAPPING>")]
    [Description("CSV column names as ours=theirs, e.g. --columns date=Datum,close=Schluss; same as --set columns=MAPPING.")]
    public string? Columns { get; init; }

    /// <summary>CSV date format.</summary>
    [CommandOption("--date-format <FORMAT>")]
    [Description("Date format of CSV files, e.g. dd.MM.yyyy; same as --set dateFormat=FORMAT.")]
    public string? DateFormat { get; init; }

    /// <summary>The results folder.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder the results go under, as <DIR>/<preset>/<time>-<id>/.")]
    [DefaultValue("results")]
    public string Out { get; init; } = "results";

    /// <summary>The benchmark.</summary>
    [CommandOption("--benchmark <TICKER>")]
    [Description("Buy-and-hold benchmark (default SPY when its file is there), or none; same as --set benchmark=TICKER.")]
    public string? Benchmark { get; init; }

    /// <summary>Skip the report.</summary>
    [CommandOption("--no-report")]
    [Description("Write only the CSV and JSON results, no figures or report.pdf.")]
    public bool NoReport { get; init; }

    /// <summary>Print the summary as one JSON object.</summary>
    [CommandOption("--json")]
    [Description("Print the summary and the results folder as one JSON object on stdout, and nothing else there (for scripts: | jq .).")]
    public bool Json { get; init; }

    /// <summary>Refuse to run on a warning.</summary>
    [CommandOption("--strict")]
    [Description("Stop with exit code 2 on any warning: data that 'data check' fails inside the window, a leg that cannot trade for part of it, a setting given twice in one place.")]
    public bool Strict { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Target))
        {
            return ValidationResult.Error("name a strategy or preset to run; 'list' shows them");
        }

        // An empty --out (an unset variable in a script) would put results in whatever folder the command runs in.
        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error(OutputErrors.EmptyRoot().Message) : base.Validate();
    }
}
