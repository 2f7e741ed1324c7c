using System.ComponentModel;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>option implied-vol</c>: the shared ones and the premium.</summary>
public sealed class OptionImpliedVolSettings : OptionInputSettings
{
    private const string PremiumRange = "the option's price per share, a number above 0";

    /// <summary>The premium.</summary>
    [CommandOption("--premium <PRICE>")]
    [Description("The option's price per share, above 0 (required): a quote of 1.84 is $184 a contract of 100 shares.")]
    public string? Premium { get; init; }

    /// <summary>The premium as a number; valid after <see cref="OptionInputSettings.Validate"/> succeeded.</summary>
    public double PremiumValue => Number(Premium);

    /// <inheritdoc/>
    [CommandOption("--json")]
    [Description("Print only one JSON object: the inputs and the implied volatility under 'vol', at full precision.")]
    public override bool Json { get; init; }

    /// <inheritdoc/>
    protected override string? Problem() =>
        base.Problem() ?? CheckNumber("--premium", Premium, 0, false, double.PositiveInfinity, PremiumRange);
}
