using System.ComponentModel;
using Backtest.Core.Results;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>sweep merge</c>.</summary>
public sealed class SweepMergeSettings : CommandSettings
{
    /// <summary>The shard folders.</summary>
    [CommandArgument(0, "<DIR>")]
    [Description("The results folders of every shard of one sweep (sweep-<time>-<id>-shard-K-of-N), in any order.")]
    public string[] Folders { get; init; } = [];

    /// <summary>The results folder.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder the merged sweep goes under, as <DIR>/<preset>/sweep-<time>-<id>/.")]
    [DefaultValue("results")]
    public string Out { get; init; } = "results";

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Folders.Length == 0)
        {
            return ValidationResult.Error("name the shard folders to merge");
        }

        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error(OutputErrors.EmptyRoot().Message) : ValidationResult.Success();
    }
}
