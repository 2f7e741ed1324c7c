namespace Backtest.Core.Options.Pricing;

/// <summary>One door to the pricers: European (Black-Scholes-Merton) or American, by style.</summary>
public static class OptionPricer
{
    /// <summary>The model price per share.</summary>
    public static double Price(OptionRight right, OptionStyle style, in OptionInputs x) => Value(right, style, x).Price;

    /// <summary>The model price and delta.</summary>
    public static OptionValue Value(OptionRight right, OptionStyle style, in OptionInputs x) =>
        style == OptionStyle.European ? BlackScholes.Value(right, x) : AmericanOption.Value(right, x);

    /// <summary>The model price and its greeks.</summary>
    public static OptionGreeks Greeks(OptionRight right, OptionStyle style, in OptionInputs x) =>
        style == OptionStyle.European ? BlackScholes.Greeks(right, x) : AmericanOption.Greeks(right, x);
}
