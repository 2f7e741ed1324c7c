using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>scenario</c>: those of <c>run</c>, and what future to run on.</summary>
public sealed class ScenarioSettings : RunSettings
{
    /// <summary>The historical analog.</summary>
    [CommandOption("--analog <NAME>")]
    [Description("Replay a historical stretch forward from the start: dotcom-bust, dotcom-meltup, gfc-2008, covid-2020, tech-2022, or TICKER:FROM..TO. Each ticker takes the analog's daily moves scaled by its beta.")]
    public string? Analog { get; init; }

    /// <summary>The last real day.</summary>
    [CommandOption("--start <DATE>")]
    [Description("The last real day; the scenario's days follow it (default: the last day of the data, or --to).")]
    public string? Start { get; init; }

    /// <summary>How betas are chosen.</summary>
    [CommandOption("--beta <RULE>")]
    [Description("Each ticker's share of the analog's move: trailing (its beta to the analog's ticker over the last 252 days, the default), a number for all, and TICKER=number items, e.g. trailing,NVDA=2.1.")]
    [DefaultValue("trailing")]
    public string Beta { get; init; } = "trailing";

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Analog))
        {
            return ValidationResult.Error("name the future to run on: --analog NAME (dotcom-bust, dotcom-meltup, gfc-2008, covid-2020, tech-2022, or TICKER:FROM..TO)");
        }

        if (Start is not null && !DateOnly.TryParseExact(Start, "yyyy-MM-dd", out _))
        {
            return ValidationResult.Error($"--start {Start} is not a date; write yyyy-MM-dd");
        }

        return base.Validate();
    }
}
