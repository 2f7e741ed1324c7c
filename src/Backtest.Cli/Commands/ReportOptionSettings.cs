using System.ComponentModel;
using Backtest.Reporting;
using Backtest.Reporting.Output;
using Backtest.Reporting.Style;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The options that shape a report or figures, shared by <c>run</c>, <c>report</c>, <c>compare</c> and <c>sweep</c>.</summary>
public class ReportOptionSettings : CommandSettings
{
    /// <summary>Figure formats.</summary>
    [CommandOption("--format <FORMATS>")]
    [Description("Figure formats, comma separated: pdf, svg, png (300 dpi). A run's report.pdf is written whatever they are.")]
    [DefaultValue("pdf,svg,png")]
    public string Format { get; init; } = "pdf,svg,png";

    /// <summary>Figure size.</summary>
    [CommandOption("--size <WxH>")]
    [Description("Figure size in inches, e.g. 6.5x3.5 (a page column) or 10x5.")]
    [DefaultValue("6.5x3.5")]
    public string Size { get; init; } = "6.5x3.5";

    /// <summary>Log-scale equity.</summary>
    [CommandOption("--log")]
    [Description("Draw equity on a logarithmic axis (for long runs; a sweep's figures have no equity axis).")]
    public bool Log { get; init; }

    /// <summary>The report options these settings describe.</summary>
    public ReportOptions ToOptions()
    {
        FigureSize.TryParse(Size, out FigureSize size);
        return new ReportOptions(ParseFormats(Format), size, Log);
    }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (!FigureSize.TryParse(Size, out _))
        {
            return ValidationResult.Error($"--size '{Size}': expected WIDTHxHEIGHT in inches, e.g. 6.5x3.5 (width 2 to 20, height 1.5 to 20)");
        }

        foreach (string part in Format.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<FigureFormats>(part, ignoreCase: true, out _) || part.Equals("all", StringComparison.OrdinalIgnoreCase) || part.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                return ValidationResult.Error($"--format '{part}': expected pdf, svg or png, comma separated");
            }
        }

        return ValidationResult.Success();
    }

    private static FigureFormats ParseFormats(string text)
    {
        var formats = FigureFormats.None;
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            formats |= Enum.Parse<FigureFormats>(part, ignoreCase: true);
        }

        return formats;
    }
}
