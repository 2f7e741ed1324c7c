using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>scenario</c>: those of <c>run</c>, and what future to run on.</summary>
public sealed class ScenarioSettings : RunSettings
{
    /// <summary>The historical analog.</summary>
    [CommandOption("--analog <NAME>")]
    [Description("Replay a historical stretch forward from the start: dotcom-bust, dotcom-meltup, gfc-2008, covid-2020, tech-2022, or TICKER:FROM..TO (T1+T2:FROM..TO for an equal-weight basket). Each ticker takes the analog's daily moves scaled by its beta.")]
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

    /// <summary>Bootstrap paths.</summary>
    [CommandOption("--bootstrap <PATHS>")]
    [Description("Run PATHS block-bootstrap paths instead of an analog: whole historical days drawn jointly for every ticker (the stationary bootstrap), from the start on.")]
    public int? Bootstrap { get; init; }

    /// <summary>Trading days per path.</summary>
    [CommandOption("--horizon <DAYS>")]
    [Description("Trading days each bootstrap path runs after the start (252 is a year).")]
    [DefaultValue(252)]
    public int Horizon { get; init; } = 252;

    /// <summary>The mean block length.</summary>
    [CommandOption("--block <DAYS>")]
    [Description("Mean block length of the bootstrap in days (default: the Politis-White choice on the tickers' squared returns; 1 draws days independently).")]
    public double? Block { get; init; }

    /// <summary>The seed.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed of the bootstrap: the same seed, settings and data give the same paths and files, byte for byte.")]
    [DefaultValue(1L)]
    public long Seed { get; init; } = 1;

    /// <summary>The history drawn from.</summary>
    [CommandOption("--history <FROM..TO>")]
    [Description("The days the bootstrap draws from, FROM..TO (either may be left out: 2020-01-01..); default: all the days every ticker has, up to the start.")]
    public string? History { get; init; }

    /// <summary>Whether paths keep the history's trend.</summary>
    [CommandOption("--drift <RULE>")]
    [Description("history (paths keep each ticker's trend over the history, the default) or none (each ticker's mean daily move taken out: volatility, clustering and correlation only).")]
    [DefaultValue("history")]
    public string Drift { get; init; } = "history";

    /// <summary>Other strategies run on the same paths.</summary>
    [CommandOption("--versus <STRATEGY>")]
    [Description("Another preset or strategy run on the same bootstrap paths, side by side (e.g. burry-13f-2025 --versus burry-puts-2025). Repeatable; --set values apply to all.")]
    public string[] Versus { get; init; } = [];

    /// <summary>The history window, parsed (the settings are validated first, so it parses).</summary>
    public (DateOnly? From, DateOnly? To) HistoryWindow() =>
        History is not null && TryHistory(History, out DateOnly? from, out DateOnly? to) ? (from, to) : (null, null);

    /// <summary>The last real day asked for, or null for the default.</summary>
    public DateOnly? StartDate() => Start is null ? null : DateOnly.ParseExact(Start, "yyyy-MM-dd");

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Analog) == (Bootstrap is null))
        {
            return ValidationResult.Error("name one future to run on: --analog NAME (dotcom-bust, dotcom-meltup, gfc-2008, covid-2020, tech-2022, or TICKER:FROM..TO) or --bootstrap PATHS");
        }

        if (Drift is not ("history" or "none"))
        {
            return ValidationResult.Error($"--drift {Drift}: write history or none");
        }

        if (Analog is not null && Versus.Length > 0)
        {
            return ValidationResult.Error("--versus runs strategies side by side on bootstrap paths; for an analog, run each and 'compare' the folders");
        }

        if (History is not null && !TryHistory(History, out _, out _))
        {
            return ValidationResult.Error($"--history {History} is not FROM..TO with dates yyyy-MM-dd (either may be left out)");
        }

        if (Start is not null && !DateOnly.TryParseExact(Start, "yyyy-MM-dd", out _))
        {
            return ValidationResult.Error($"--start {Start} is not a date; write yyyy-MM-dd");
        }

        return base.Validate();
    }

    // FROM..TO, either end left out for as far as the data goes.
    private static bool TryHistory(string text, out DateOnly? from, out DateOnly? to)
    {
        from = to = null;
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            return false;
        }

        return TryDate(text[..dots], out from) && TryDate(text[(dots + 2)..], out to);
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        bool parsed = DateOnly.TryParseExact(text, "yyyy-MM-dd", out DateOnly day);
        date = day;
        return parsed;
    }
}
