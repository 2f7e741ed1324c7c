using Backtest.Core.Parameters;

namespace Backtest.Core.Options;

/// <summary>How options are priced and what trading them costs. Set like every parameter, in presets and with <c>--set</c>.</summary>
/// <remarks>
/// A contract's volatility is, in order: the one its strategy anchored to a premium (kept for the contract's life, sticky
/// strike); else <c>vol.TICKER</c> when given (fixed); else the rule <see cref="VolModel"/> names.
/// </remarks>
public sealed record OptionSettings
{
    /// <summary>The volatility rule for contracts not anchored to a premium.</summary>
    [Parameter("Volatility of contracts not anchored to a premium: realized (trailing realised volatility x volMultiplier, at least volFloor) or fixed (vol); vol.TICKER always pins one ticker")]
    public VolatilityModel VolModel { get; init; } = VolatilityModel.Realized;

    /// <summary>The fixed implied volatility, with per-ticker overrides.</summary>
    [Parameter("Fixed implied volatility a year (0.5 = 50%) with volModel=fixed; vol.PLTR=0.75 fixes one ticker's whatever volModel says", Min = 0.01, Max = 5)]
    public TickerRates Vol { get; init; } = new(0.5);

    /// <summary>Trading days of returns in the realised volatility.</summary>
    [Parameter("Trading days of daily log returns in the trailing realised volatility (volModel=realized)", Min = 5, Max = 2520)]
    public int VolWindow { get; init; } = 63;

    /// <summary>Multiplier on realised volatility.</summary>
    [Parameter("Realised volatility is multiplied by this (implied usually trades above realised)", Min = 0.1, Max = 10)]
    public double VolMultiplier { get; init; } = 1;

    /// <summary>Least volatility the realised rule gives.</summary>
    [Parameter("Least volatility the realised rule gives (0.1 = 10%)", Min = 0.01, Max = 5)]
    public double VolFloor { get; init; } = 0.1;

    /// <summary>The risk-free rate for pricing.</summary>
    [Parameter("Risk-free rate a year for option pricing, continuously compounded (0.04: US T-bills in 2025-2026)", Min = -0.1, Max = 1)]
    public double OptionRate { get; init; } = 0.04;

    /// <summary>A dated rate file that wins over <see cref="OptionRate"/>.</summary>
    [Parameter("CSV of dated pricing rates (Date,Rate; a row holds until the next; before the first, optionRate); empty for the constant optionRate")]
    public string OptionRateFile { get; init; } = string.Empty;

    /// <summary>Continuous dividend yield per ticker for pricing.</summary>
    [Parameter("Continuous dividend yield a year for option pricing (NVDA about 0.0002); dividendYield.NVDA=0.0002 sets one ticker's", Min = 0, Max = 0.5)]
    public TickerRates DividendYield { get; init; } = new(0);

    /// <summary>The bid-ask spread as a fraction of the premium.</summary>
    [Parameter("Bid-ask spread as a fraction of the model premium (0.05 = 5%), at least one 0.01 tick; fills cross half of it; 0 = no spread", Min = 0, Max = 2)]
    public double OptionSpread { get; init; } = 0.05;

    /// <summary>Commission per contract (IB's top tier).</summary>
    [Parameter("Commission per contract for premiums of 0.10 and more (IB: 0.65; 0.50 from 0.05, 0.25 below, each at most this)", Min = 0, Max = 100)]
    public double OptionCommission { get; init; } = 0.65;

    /// <summary>Minimum commission per option order.</summary>
    [Parameter("Minimum commission per option order (IB: 1)", Min = 0, Max = 1000)]
    public double OptionCommissionMin { get; init; } = 1;
}
