using System.ComponentModel;
using Backtest.Core.Results;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>compare</c>.</summary>
public sealed class CompareSettings : ReportOptionSettings
{
    /// <summary>The results folders.</summary>
    [CommandArgument(0, "<RESULTS-FOLDERS>")]
    [Description("Two or more folders written by 'run', e.g. the same thesis at shortAllocation 0.4, 0.6 and 0.8.")]
    public string[] Folders { get; init; } = [];

    /// <summary>Where the comparison goes.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder the comparison goes under, as <DIR>/compare/<time>-<id>/.")]
    [DefaultValue("results")]
    public string Out { get; init; } = "results";

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Folders.Length < 2)
        {
            return ValidationResult.Error("name at least two results folders to compare");
        }

        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error(OutputErrors.EmptyRoot().Message) : base.Validate();
    }
}
