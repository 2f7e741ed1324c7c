namespace Backtest.Core.Options.Pricing;

/// <summary>Why a premium has no implied volatility.</summary>
public enum ImpliedVolatilityProblem
{
    /// <summary>None: the volatility was found.</summary>
    None,

    /// <summary>The premium is below the option's least possible value, its value at zero volatility (for an American option
    /// at least its intrinsic value): no volatility gives it.</summary>
    BelowIntrinsic,

    /// <summary>The premium is at or above what the option can be worth at any volatility (the spot for an American call, the
    /// spot net of dividends for a European call, the strike for an American put, the discounted strike for a European put).</summary>
    AboveUpperBound,

    /// <summary>The premium lies between the bounds but needs a volatility outside the searched range.</summary>
    OutOfRange,
}
