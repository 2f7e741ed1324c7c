using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

/// <summary>
/// The tests' own American pricer, independent of the boundary method under test: a Cox-Ross-Rubinstein tree with the
/// Black-Scholes value one step before expiry and Richardson extrapolation over N and N/2 steps (Broadie and Detemple 1996).
/// </summary>
/// <remarks>Slow (N^2) and valid for any exercise region. How converged it is, is measured, not assumed: the reference grid
/// stores it at N = 2000 and N = 4000, and the tests require the two to agree (see <see cref="AmericanReferenceGrid"/>).</remarks>
public static class ReferenceTree
{
    /// <summary>2 V(N) - V(N/2).</summary>
    public static double Price(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, int steps) =>
        (2 * Tree(right, spot, strike, years, rate, dividendYield, volatility, steps))
        - Tree(right, spot, strike, years, rate, dividendYield, volatility, steps / 2);

    private static double Tree(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, int steps)
    {
        if (years <= 0)
        {
            return Math.Max(right == OptionRight.Call ? spot - strike : strike - spot, 0);
        }

        double dt = years / steps;
        double up = Math.Exp(volatility * Math.Sqrt(dt));
        double down = 1 / up;
        double p = (Math.Exp((rate - dividendYield) * dt) - down) / (up - down);
        double discount = Math.Exp(-rate * dt);
        double sign = right == OptionRight.Call ? 1 : -1;
        double upSquared = up * up;
        var values = new double[steps];
        double s = spot * Math.Pow(down, steps - 1);
        for (int j = 0; j < steps; j++)
        {
            double held = BlackScholes.Price(right, new OptionInputs(s, strike, dt, rate, dividendYield, volatility));
            values[j] = Math.Max(held, sign * (s - strike));
            s *= upSquared;
        }

        for (int n = steps - 2; n >= 0; n--)
        {
            s = spot * Math.Pow(down, n);
            for (int j = 0; j <= n; j++)
            {
                double held = discount * ((p * values[j + 1]) + ((1 - p) * values[j]));
                double exercise = sign * (s - strike);
                values[j] = held > exercise ? held : exercise;
                s *= upSquared;
            }
        }

        return values[0];
    }
}
