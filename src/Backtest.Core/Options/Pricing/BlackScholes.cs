namespace Backtest.Core.Options.Pricing;

/// <summary>European options under Black-Scholes-Merton with a continuous dividend yield: price, delta and every greek.</summary>
public static class BlackScholes
{
    /// <summary>The model price per share.</summary>
    public static double Price(OptionRight right, in OptionInputs x) => Value(right, x).Price;

    /// <summary>The model price and delta, the engine's daily need.</summary>
    public static OptionValue Value(OptionRight right, in OptionInputs x)
    {
        if (x.Years <= 0)
        {
            return AtExpiry(right, x);
        }

        Terms(x, out double sqrtT, out double d1, out double d2, out double spotDiscount, out double strikeDiscount);
        if (right == OptionRight.Call)
        {
            double nd1 = StandardNormal.Cdf(d1);
            return new OptionValue((x.Spot * spotDiscount * nd1) - (x.Strike * strikeDiscount * StandardNormal.Cdf(d2)), spotDiscount * nd1);
        }

        double nMinusD1 = StandardNormal.Cdf(-d1);
        return new OptionValue((x.Strike * strikeDiscount * StandardNormal.Cdf(-d2)) - (x.Spot * spotDiscount * nMinusD1), -spotDiscount * nMinusD1);
    }

    /// <summary>The model price and its greeks (units in <see cref="OptionGreeks"/>).</summary>
    public static OptionGreeks Greeks(OptionRight right, in OptionInputs x)
    {
        if (x.Years <= 0)
        {
            OptionValue v = AtExpiry(right, x);
            return new OptionGreeks(v.Price, v.Delta, 0, 0, 0, 0);
        }

        Terms(x, out double sqrtT, out double d1, out double d2, out double spotDiscount, out double strikeDiscount);
        double density = StandardNormal.Pdf(d1);
        double gamma = spotDiscount * density / (x.Spot * x.Volatility * sqrtT);
        double vega = x.Spot * spotDiscount * density * sqrtT;
        double decay = -x.Spot * spotDiscount * density * x.Volatility / (2 * sqrtT);
        if (right == OptionRight.Call)
        {
            double nd1 = StandardNormal.Cdf(d1), nd2 = StandardNormal.Cdf(d2);
            return new OptionGreeks(
                (x.Spot * spotDiscount * nd1) - (x.Strike * strikeDiscount * nd2),
                spotDiscount * nd1,
                gamma,
                vega,
                decay - (x.Rate * x.Strike * strikeDiscount * nd2) + (x.DividendYield * x.Spot * spotDiscount * nd1),
                x.Strike * x.Years * strikeDiscount * nd2);
        }

        double nMinusD1 = StandardNormal.Cdf(-d1), nMinusD2 = StandardNormal.Cdf(-d2);
        return new OptionGreeks(
            (x.Strike * strikeDiscount * nMinusD2) - (x.Spot * spotDiscount * nMinusD1),
            -spotDiscount * nMinusD1,
            gamma,
            vega,
            decay + (x.Rate * x.Strike * strikeDiscount * nMinusD2) - (x.DividendYield * x.Spot * spotDiscount * nMinusD1),
            -x.Strike * x.Years * strikeDiscount * nMinusD2);
    }

    // The terms both the price and the greeks are made of: sqrt(T), d1, d2 and the two discount factors.
    private static void Terms(in OptionInputs x, out double sqrtT, out double d1, out double d2, out double spotDiscount, out double strikeDiscount)
    {
        sqrtT = Math.Sqrt(x.Years);
        double sigmaSqrtT = x.Volatility * sqrtT;
        d1 = (Math.Log(x.Spot / x.Strike) + ((x.Rate - x.DividendYield + (0.5 * x.Volatility * x.Volatility)) * x.Years)) / sigmaSqrtT;
        d2 = d1 - sigmaSqrtT;
        spotDiscount = Math.Exp(-x.DividendYield * x.Years);
        strikeDiscount = Math.Exp(-x.Rate * x.Years);
    }

    /// <summary>At expiry an option is worth its intrinsic value; delta is 1 (or -1) in the money, 0 out of it, half at the strike.</summary>
    internal static OptionValue AtExpiry(OptionRight right, in OptionInputs x)
    {
        double moneyness = right == OptionRight.Call ? x.Spot - x.Strike : x.Strike - x.Spot;
        double sign = right == OptionRight.Call ? 1 : -1;
        double delta = moneyness > 0 ? sign : moneyness == 0 ? sign / 2 : 0;
        return new OptionValue(Math.Max(moneyness, 0), delta);
    }
}
