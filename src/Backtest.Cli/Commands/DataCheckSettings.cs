using System.ComponentModel;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>data check</c>: the folder, and how to read it, as <c>run</c> reads it.</summary>
public sealed class DataCheckSettings : CommandSettings
{
    /// <summary>The folder of price files to check.</summary>
    [CommandArgument(0, "[DIR]")]
    [Description("Folder of price files as 'run --data' takes it: <TICKER>.csv (with _dividends.csv, _splits.csv), LEAN daily data or Stooq .txt files.")]
    [DefaultValue("data")]
    public string Folder { get; init; } = "data";

    /// <summary>The folder's format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("auto (default), csv, lean or stooq; same as run's dataFormat setting.")]
    public string? Format { get; init; }

    /// <summary>CSV column names.</summary>
    [CommandOption("--columns <MAPPING>")]
    [Description("CSV column names as ours=theirs, e.g. date=Datum,close=Schluss; as run's --columns.")]
    public string? Columns { get; init; }

    /// <summary>CSV date format.</summary>
    [CommandOption("--date-format <FORMAT>")]
    [Description("Date format of CSV files, e.g. dd.MM.yyyy; as run's --date-format.")]
    public string? DateFormat { get; init; }

    /// <summary>Adjusted or raw prices.</summary>
    [CommandOption("--prices <PRICES>")]
    [Description("adjusted (default) or raw: with raw prices a jump on a split the data records (_splits.csv, LEAN factor files) is that split, not a finding.")]
    public string? Prices { get; init; }
}
