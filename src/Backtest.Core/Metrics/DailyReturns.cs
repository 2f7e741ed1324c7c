namespace Backtest.Core.Metrics;

/// <summary>Simple daily returns of an equity curve, the first measured from the starting capital.</summary>
public static class DailyReturns
{
    /// <summary>r[t] = equity[t] / equity[t-1] - 1, with equity[-1] = <paramref name="capital"/>.</summary>
    public static double[] From(ReadOnlySpan<double> equity, double capital)
    {
        var returns = new double[equity.Length];
        Into(equity, capital, returns);
        return returns;
    }

    /// <summary>Writes the returns of <paramref name="equity"/> into <paramref name="returns"/> (as long as the curve): no allocation.</summary>
    public static void Into(ReadOnlySpan<double> equity, double capital, Span<double> returns)
    {
        double previous = capital;
        for (int t = 0; t < equity.Length; t++)
        {
            returns[t] = previous == 0 ? 0 : (equity[t] / previous) - 1;
            previous = equity[t];
        }
    }
}
