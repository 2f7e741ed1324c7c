namespace Backtest.Core.Options.Pricing;

/// <summary>Gauss-Legendre quadrature rules on [-1, 1], computed once when a scheme is built (never per price).</summary>
internal static class GaussLegendre
{
    /// <summary>The <paramref name="count"/> nodes (ascending) and weights of the rule exact for polynomials of degree 2 count - 1.</summary>
    public static (double[] Nodes, double[] Weights) Rule(int count)
    {
        var nodes = new double[count];
        var weights = new double[count];
        for (int i = 0; i < count; i++)
        {
            // Tricomi's estimate of the i-th largest root, then Newton on P_count; converges in a handful of steps.
            double x = Math.Cos(Math.PI * (i + 0.75) / (count + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++)
            {
                (double p, double previous) = Legendre(count, x);
                derivative = count * ((x * p) - previous) / ((x * x) - 1);
                double step = p / derivative;
                x -= step;
                if (Math.Abs(step) <= 1e-16)
                {
                    break;
                }
            }

            (double pn, double pn1) = Legendre(count, x);
            derivative = count * ((x * pn) - pn1) / ((x * x) - 1);
            nodes[count - 1 - i] = x;
            weights[count - 1 - i] = 2 / ((1 - (x * x)) * derivative * derivative);
        }

        return (nodes, weights);
    }

    /// <summary>P_n(x) and P_{n-1}(x) by the three-term recurrence.</summary>
    private static (double Pn, double PnMinus1) Legendre(int n, double x)
    {
        double previous = 1, current = x;
        for (int k = 2; k <= n; k++)
        {
            double next = (((2 * k) - 1) * x * current - ((k - 1) * previous)) / k;
            previous = current;
            current = next;
        }

        return (current, previous);
    }
}
