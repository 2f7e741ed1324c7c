using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>report</c>.</summary>
public sealed class ReportSettings : ReportOptionSettings
{
    /// <summary>The results folder.</summary>
    [CommandArgument(0, "<RESULTS-FOLDER>")]
    [Description("A folder written by 'run' (results/<preset>/<time>-<id>).")]
    public string Folder { get; init; } = string.Empty;

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Folder) ? ValidationResult.Error("name a results folder") : base.Validate();
}
