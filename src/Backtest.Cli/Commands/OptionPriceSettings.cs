using System.ComponentModel;
using System.Globalization;
using Backtest.Core.Options.Pricing;
using Spectre.Console.Cli;

namespace Backtest.Cli.Commands;

/// <summary>The arguments of <c>option price</c>: the shared ones and the volatility.</summary>
public sealed class OptionPriceSettings : OptionInputSettings
{
    private static readonly string VolRange = string.Create(
        CultureInfo.InvariantCulture,
        $"an annual volatility from {ImpliedVolatility.MinVolatility} to {ImpliedVolatility.MaxVolatility} (0.5 = 50%)");

    /// <summary>The volatility.</summary>
    [CommandOption("--vol <SIGMA>")]
    [Description("Annual volatility of the underlying's log returns, from 0.0001 to 5 (required): 0.5 = 50%.")]
    public string? Vol { get; init; }

    /// <summary>The volatility as a number; valid after <see cref="OptionInputSettings.Validate"/> succeeded.</summary>
    public double Volatility => Number(Vol);

    /// <inheritdoc/>
    [CommandOption("--json")]
    [Description("Print only one JSON object, numbers at full precision in raw units: vega per 1.00 of vol, theta per year, rho per 1.00 of rate.")]
    public override bool Json { get; init; }

    /// <inheritdoc/>
    protected override string? Problem() =>
        base.Problem() ?? CheckNumber("--vol", Vol, ImpliedVolatility.MinVolatility, true, ImpliedVolatility.MaxVolatility, VolRange);
}
