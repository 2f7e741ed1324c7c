namespace Backtest.Core.Metrics;

/// <summary>How much of its equity a run had at work, long and short, and how much it traded.</summary>
/// <param name="AverageGross">Mean of (long - short value) / equity, short value being negative.</param>
/// <param name="MaxGross">Largest gross exposure.</param>
/// <param name="AverageNet">Mean of (long + short value) / equity.</param>
/// <param name="AverageLong">Mean of long value / equity.</param>
/// <param name="AverageShort">Mean of short value / equity (negative).</param>
/// <param name="Turnover">Annual turnover: the mean over days of traded value / equity, x 252.</param>
public sealed record ExposureMetrics(double AverageGross, double MaxGross, double AverageNet, double AverageLong, double AverageShort, double Turnover)
{
    /// <summary>Measures exposures from daily values and the money traded each day.</summary>
    /// <remarks>A day with no equity left (the ruin day) has no meaningful exposure ratio and is left out.</remarks>
    public static ExposureMetrics Compute(double[] equity, double[] longValue, double[] shortValue, double[] tradedValue)
    {
        int n = 0;
        double gross = 0, maxGross = 0, net = 0, longs = 0, shorts = 0, traded = 0;
        for (int t = 0; t < equity.Length; t++)
        {
            if (equity[t] <= 0)
            {
                continue;
            }

            n++;
            double g = (longValue[t] - shortValue[t]) / equity[t];
            gross += g;
            maxGross = Math.Max(maxGross, g);
            net += (longValue[t] + shortValue[t]) / equity[t];
            longs += longValue[t] / equity[t];
            shorts += shortValue[t] / equity[t];
            traded += tradedValue[t] / equity[t];
        }

        if (n == 0)
        {
            return new ExposureMetrics(0, 0, 0, 0, 0, 0);
        }

        return new ExposureMetrics(gross / n, maxGross, net / n, longs / n, shorts / n, traded / n * PerformanceSummary.PeriodsPerYear);
    }
}
