using System.ComponentModel;
using Backtest.Core;
using Backtest.Core.Results;
using Backtest.Reporting.Comparison;
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

    /// <summary>The metric to rank runs by, best first; none keeps the order the folders were named in.</summary>
    [CommandOption("--sort <METRIC>")]
    [Description("Rank runs best first by totalReturn, cagr, sharpe, maxDrawdown, volatility, borrowFees or marginCalls. Default: the order the folders are named in.")]
    public string? Sort { get; init; }

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

        // The same run twice is two identical rows and two lines drawn on top of each other: a slip in a glob or a paste,
        // never a comparison. Refused rather than silently dropped, so the table has the rows the command line asked for.
        string? twice = Folders.GroupBy(FullPath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.First();
        if (twice is not null)
        {
            return ValidationResult.Error($"results folder '{InputExcerpt.Of(twice)}' is named twice; name each run once");
        }

        if (Sort is not null && !ComparisonOrder.Knows(Sort))
        {
            return ValidationResult.Error($"--sort '{InputExcerpt.Of(Sort)}': expected one of {string.Join(", ", ComparisonOrder.Names)}");
        }

        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error(OutputErrors.EmptyRoot().Message) : base.Validate();
    }

    // The folder a name leads to: relative or absolute, with or without a trailing slash, or through a link to it.
    private static string FullPath(string folder)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        try
        {
            return new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // A link loop or a vanished folder: the reader names it when it opens the folder.
            return full;
        }
    }
}
