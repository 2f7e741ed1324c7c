using System.ComponentModel;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>data check</c>.</summary>
public sealed class DataCheckSettings : CommandSettings
{
    /// <summary>The folder of price files to check.</summary>
    [CommandArgument(0, "[DIR]")]
    [Description("Folder of <TICKER>.csv price files and optional <TICKER>_dividends.csv, as 'run --data' takes it.")]
    [DefaultValue("data")]
    public string Folder { get; init; } = "data";
}
