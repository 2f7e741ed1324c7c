using System.ComponentModel;
using System.Globalization;
using Backtest.Core.Options.Pricing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments <c>option price</c> and <c>option implied-vol</c> share: the contract, the market, and the output form.</summary>
/// <remarks>
/// Numbers are read as text and parsed here, not by Spectre's converters, so that every bad value gets one message
/// naming the option and its valid range (a converter's message names neither), and so that "1,5" is refused rather
/// than read as 15.
/// </remarks>
public abstract class OptionInputSettings : CommandSettings
{
    private const string SpotRange = "the underlying's price, a number above 0";
    private const string StrikeRange = "the strike, a number above 0";
    private const string RateRange = "a yearly rate from -1 to 1 (0.04 = 4%)";
    private const string DividendRange = "a yearly yield from 0 to 1 (0.01 = 1%)";
    private const string YearsRange = "years to expiry above 0, at most 100 (calendar days / 365)";

    // Listed options run about 3 years; far beyond that the placeholder tree's powers overflow.
    private const double MaxYears = 100;

    // Spectre 0.57.2 hands an option typed without its value (last on the line, or before a flag) this text, its
    // hidden default command's name; read as "no value", lest the message quote it.
    private const string NoValue = "__default_command";

    /// <summary>put or call.</summary>
    [CommandOption("--type <TYPE>")]
    [Description("put or call (required).")]
    public string? Type { get; init; }

    /// <summary>american or european.</summary>
    [CommandOption("--style <STYLE>")]
    [Description("american (the default, as US single-stock options: exercise any day) or european (only at expiry, as SPX).")]
    [DefaultValue("american")]
    public string Style { get; init; } = "american";

    /// <summary>The underlying's price.</summary>
    [CommandOption("--spot <PRICE>")]
    [Description("The underlying's price per share, above 0 (required).")]
    public string? Spot { get; init; }

    /// <summary>The strike.</summary>
    [CommandOption("--strike <PRICE>")]
    [Description("The strike per share, above 0 (required).")]
    public string? Strike { get; init; }

    /// <summary>Time to expiry in years.</summary>
    [CommandOption("--years <YEARS>")]
    [Description("Years to expiry, calendar days / 365, above 0, at most 100 (required): 2025-10-01 to 2027-01-15 is 471/365 = 1.2904.")]
    public string? Years { get; init; }

    /// <summary>The risk-free rate.</summary>
    [CommandOption("--rate <RATE>")]
    [Description("Risk-free rate a year, continuously compounded, from -1 to 1 (required): 0.04 = 4%.")]
    public string? Rate { get; init; }

    /// <summary>The dividend yield.</summary>
    [CommandOption("--dividend-yield <YIELD>")]
    [Description("Continuous dividend yield a year, from 0 to 1: 0 for PLTR, about 0.0002 for NVDA.")]
    [DefaultValue("0")]
    public string DividendYield { get; init; } = "0";

    /// <summary>Whether to print one JSON object instead of a table.</summary>
    /// <remarks>Declared by each command after its own options, so that help lists it last.</remarks>
    public abstract bool Json { get; init; }

    /// <summary>The option's right; valid after <see cref="Validate"/> succeeded.</summary>
    public OptionRight Right => ParseRight(Type) ?? throw NotValidated();

    /// <summary>The option's exercise style; valid after <see cref="Validate"/> succeeded.</summary>
    public OptionStyle ExerciseStyle => ParseStyle(Style) ?? throw NotValidated();

    /// <summary>The pricer's inputs at <paramref name="volatility"/>; valid after <see cref="Validate"/> succeeded.</summary>
    public OptionInputs Inputs(double volatility) => new(
        Number(Spot), Number(Strike), Number(Years), Number(Rate), Number(DividendYield), volatility);

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        string? problem = Problem();
        return problem is null ? ValidationResult.Success() : ValidationResult.Error(problem);
    }

    /// <summary>What is wrong with the arguments, in one sentence naming the option and its valid values, or null.</summary>
    protected virtual string? Problem()
    {
        if (Type is null or NoValue)
        {
            return "--type is missing: expected put or call";
        }

        if (ParseRight(Type) is null)
        {
            return $"--type '{Type}': expected put or call";
        }

        if (Style is NoValue)
        {
            return "--style is missing its value: expected american or european";
        }

        if (ParseStyle(Style) is null)
        {
            return $"--style '{Style}': expected american or european";
        }

        return CheckNumber("--spot", Spot, 0, false, double.PositiveInfinity, SpotRange)
            ?? CheckNumber("--strike", Strike, 0, false, double.PositiveInfinity, StrikeRange)
            ?? CheckNumber("--years", Years, 0, false, MaxYears, YearsRange)
            ?? CheckNumber("--rate", Rate, -1, true, 1, RateRange)
            ?? CheckNumber("--dividend-yield", DividendYield, 0, true, 1, DividendRange);
    }

    /// <summary>
    /// Why <paramref name="text"/> is not a valid value of <paramref name="option"/> (missing, not a finite number, or
    /// outside the range), or null when it is.
    /// </summary>
    /// <param name="option">The option's name as typed, e.g. --spot.</param>
    /// <param name="text">The value as typed, or null when the option was not given.</param>
    /// <param name="min">Least value.</param>
    /// <param name="minIncluded">Whether <paramref name="min"/> itself is valid.</param>
    /// <param name="max">Greatest valid value.</param>
    /// <param name="expected">The valid values in words, for the message.</param>
    protected static string? CheckNumber(string option, string? text, double min, bool minIncluded, double max, string expected)
    {
        if (text is null or NoValue)
        {
            return $"{option} is missing: expected {expected}";
        }

        if (TryNumber(text) is not double value)
        {
            return $"{option} '{text}' is not a number: expected {expected}";
        }

        bool inRange = (minIncluded ? value >= min : value > min) && value <= max;
        return inRange ? null : $"{option} {text}: expected {expected}";
    }

    /// <summary>The value of an option <see cref="Validate"/> found to be a number.</summary>
    protected static double Number(string? text) => TryNumber(text) ?? throw NotValidated();

    /// <summary>A number as the invariant culture writes it (1.5, 1e-4), or null for anything else, NaN and infinities included.</summary>
    private static double? TryNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) ? value : null;

    private static OptionRight? ParseRight(string? text) => text?.ToLowerInvariant() switch
    {
        "put" => OptionRight.Put,
        "call" => OptionRight.Call,
        _ => null,
    };

    private static OptionStyle? ParseStyle(string? text) => text?.ToLowerInvariant() switch
    {
        "american" => OptionStyle.American,
        "european" => OptionStyle.European,
        _ => null,
    };

    // Spectre validates settings before the command runs, so reaching this is a bug, not bad input.
    private static InvalidOperationException NotValidated() => new("option settings were read before they were validated");
}
