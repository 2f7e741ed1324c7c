using MathNet.Numerics;

namespace Backtest.Core.Options.Pricing;

/// <summary>The standard normal distribution's density and cumulative distribution, as the pricers need them.</summary>
internal static class StandardNormal
{
    private const double InverseSqrtTwoPi = 0.39894228040143267794;
    private const double InverseSqrtTwo = 0.70710678118654752440;

    /// <summary>The density at <paramref name="x"/>.</summary>
    public static double Pdf(double x) => InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    /// <summary>P(Z &lt;= x), accurate in the far tails too (through erfc, not 1 - erf).</summary>
    public static double Cdf(double x) => 0.5 * SpecialFunctions.Erfc(-x * InverseSqrtTwo);
}
