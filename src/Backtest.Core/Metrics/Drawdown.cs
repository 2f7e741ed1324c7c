namespace Backtest.Core.Metrics;

/// <summary>How far an equity curve is below its running peak, the starting capital being the first peak.</summary>
public static class Drawdown
{
    /// <summary>dd[t] = equity[t] / max(capital, equity[0..t]) - 1: zero at a new high, negative under water.</summary>
    public static double[] Underwater(ReadOnlySpan<double> equity, double capital)
    {
        var drawdown = new double[equity.Length];
        double peak = capital;
        for (int t = 0; t < equity.Length; t++)
        {
            peak = Math.Max(peak, equity[t]);
            drawdown[t] = (equity[t] / peak) - 1;
        }

        return drawdown;
    }

    /// <summary>The deepest drawdown (the most negative value, or 0 for a curve that never falls).</summary>
    public static double Max(ReadOnlySpan<double> equity, double capital)
    {
        double peak = capital, worst = 0;
        foreach (double value in equity)
        {
            peak = Math.Max(peak, value);
            worst = Math.Min(worst, (value / peak) - 1);
        }

        return worst;
    }
}
