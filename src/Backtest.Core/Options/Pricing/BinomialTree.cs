namespace Backtest.Core.Options.Pricing;

/// <summary>
/// American options on a Cox-Ross-Rubinstein tree with the Black-Scholes value at the last step and Richardson
/// extrapolation over N and N / 2 steps (Broadie and Detemple 1996): slow but valid for any exercise region.
/// </summary>
/// <remarks>
/// Only the regime the boundary method does not cover uses it: a put with q &lt; r &lt; 0 (a call with r &lt; q &lt; 0), where
/// exercise is optimal between two boundaries. It allocates and costs about a millisecond at the default steps.
/// </remarks>
internal static class BinomialTree
{
    /// <summary>Steps of the finer tree.</summary>
    public const int DefaultSteps = 1000;

    /// <summary>The American price and delta, extrapolated: 2 V(N) - V(N / 2).</summary>
    public static OptionValue Value(OptionRight right, in OptionInputs x, int steps = DefaultSteps)
    {
        OptionValue fine = Tree(right, x, steps);
        OptionValue coarse = Tree(right, x, steps / 2);
        return new OptionValue((2 * fine.Price) - coarse.Price, (2 * fine.Delta) - coarse.Delta);
    }

    private static OptionValue Tree(OptionRight right, in OptionInputs x, int steps)
    {
        double dt = x.Years / steps;
        double up = Math.Exp(x.Volatility * Math.Sqrt(dt));
        double down = 1 / up;
        double p = (Math.Exp((x.Rate - x.DividendYield) * dt) - down) / (up - down);
        double discount = Math.Exp(-x.Rate * dt);
        double sign = right == OptionRight.Call ? 1 : -1;
        var values = new double[steps];

        // One step before expiry: the better of exercising and holding a European option for the last step.
        double spot = x.Spot * Math.Pow(down, steps - 1);
        double upSquared = up * up;
        for (int j = 0; j < steps; j++)
        {
            double held = BlackScholes.Price(right, x with { Spot = spot, Years = dt });
            values[j] = Math.Max(held, sign * (spot - x.Strike));
            spot *= upSquared;
        }

        double up1 = 0, down1 = 0;
        for (int n = steps - 2; n >= 0; n--)
        {
            spot = x.Spot * Math.Pow(down, n);
            for (int j = 0; j <= n; j++)
            {
                double held = discount * ((p * values[j + 1]) + ((1 - p) * values[j]));
                values[j] = Math.Max(held, sign * (spot - x.Strike));
                spot *= upSquared;
            }

            if (n == 1)
            {
                down1 = values[0];
                up1 = values[1];
            }
        }

        return new OptionValue(values[0], (up1 - down1) / (x.Spot * (up - down)));
    }
}
