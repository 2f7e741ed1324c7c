using System.Globalization;

namespace Backtest.Core.Options.Pricing;

/// <summary>The volatility at which the model price equals a premium.</summary>
/// <remarks>PLACEHOLDER until the robust solver lands: bisection on [1e-4, 5].</remarks>
public static class ImpliedVolatility
{
    /// <summary>Least volatility searched.</summary>
    public const double MinVolatility = 1e-4;

    /// <summary>Greatest volatility searched.</summary>
    public const double MaxVolatility = 5;

    /// <summary>
    /// Solves for the volatility that prices the option at <paramref name="premium"/>; the volatility in <paramref name="x"/> is ignored.
    /// </summary>
    public static ImpliedVolatilityResult Solve(OptionRight right, OptionStyle style, in OptionInputs x, double premium)
    {
        double low = OptionPricer.Price(right, style, x.WithVolatility(MinVolatility));
        double high = OptionPricer.Price(right, style, x.WithVolatility(MaxVolatility));
        if (premium < low || premium > high)
        {
            return new ImpliedVolatilityResult(double.NaN, ImpliedVolatilityProblem.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"premium {premium} is outside {low:0.####}..{high:0.####}"));
        }

        double a = MinVolatility, b = MaxVolatility;
        for (int k = 0; k < 100 && b - a > 1e-12; k++)
        {
            double mid = 0.5 * (a + b);
            if (OptionPricer.Price(right, style, x.WithVolatility(mid)) < premium)
            {
                a = mid;
            }
            else
            {
                b = mid;
            }
        }

        return new ImpliedVolatilityResult(0.5 * (a + b), ImpliedVolatilityProblem.None, string.Empty);
    }
}
