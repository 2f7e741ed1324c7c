using System.Numerics;

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
    /// <summary>Mean of the delta-adjusted net exposure: (long + short value + options' contracts x 100 x delta x spot) / equity.</summary>
    /// <remarks>Equals <see cref="AverageNet"/> for a run without options; a put book shows here how short it really is.</remarks>
    public double AverageDeltaNet { get; init; }

    /// <summary>Mean of the options' value (premium at the mark) / equity.</summary>
    public double AverageOptionValue { get; init; }

    /// <summary>Measures exposures from daily values and the money traded each day.</summary>
    /// <remarks>A day with no equity left (the ruin day) has no meaningful exposure ratio and is left out.</remarks>
    /// <param name="equity">Equity at each close.</param>
    /// <param name="longValue">Long share value at each close.</param>
    /// <param name="shortValue">Short share value at each close (negative).</param>
    /// <param name="tradedValue">Money traded each day.</param>
    /// <param name="optionValue">Options' value at each close, or empty for none.</param>
    /// <param name="optionDeltaValue">Options' contracts x 100 x delta x spot at each close, or empty for none.</param>
    public static ExposureMetrics Compute(ReadOnlySpan<double> equity, ReadOnlySpan<double> longValue, ReadOnlySpan<double> shortValue, ReadOnlySpan<double> tradedValue, ReadOnlySpan<double> optionValue = default, ReadOnlySpan<double> optionDeltaValue = default)
    {
        int n = 0, t = 0;
        double gross = 0, maxGross = 0, net = 0, longs = 0, shorts = 0, traded = 0, deltaNet = 0, options = 0;
        if (Vector.IsHardwareAccelerated && !optionValue.IsEmpty && !optionDeltaValue.IsEmpty && !HasNoEquity(equity))
        {
            // A vector of days at a time when every day has equity (all but ruined runs); the rest below, day by day.
            t = Vectors(equity, longValue, shortValue, tradedValue, optionValue, optionDeltaValue, out Sums sums);
            n = t;
            (gross, maxGross, net, longs, shorts, traded, deltaNet, options) = sums;
        }

        for (; t < equity.Length; t++)
        {
            if (equity[t] <= 0)
            {
                continue;
            }

            n++;
            double perEquity = 1 / equity[t];
            double g = (longValue[t] - shortValue[t]) * perEquity;
            gross += g;
            maxGross = Math.Max(maxGross, g);
            net += (longValue[t] + shortValue[t]) * perEquity;
            longs += longValue[t] * perEquity;
            shorts += shortValue[t] * perEquity;
            traded += tradedValue[t] * perEquity;
            deltaNet += (longValue[t] + shortValue[t] + (optionDeltaValue.IsEmpty ? 0 : optionDeltaValue[t])) * perEquity;
            options += (optionValue.IsEmpty ? 0 : optionValue[t]) * perEquity;
        }

        if (n == 0)
        {
            return new ExposureMetrics(0, 0, 0, 0, 0, 0);
        }

        return new ExposureMetrics(gross / n, maxGross, net / n, longs / n, shorts / n, traded / n * PerformanceSummary.PeriodsPerYear)
        {
            AverageDeltaNet = deltaNet / n,
            AverageOptionValue = options / n,
        };
    }

    private static bool HasNoEquity(ReadOnlySpan<double> equity)
    {
        foreach (double e in equity)
        {
            if (e <= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The sums over whole vectors of days; returns the first day left for the scalar loop.
    private static int Vectors(
        ReadOnlySpan<double> equity,
        ReadOnlySpan<double> longValue,
        ReadOnlySpan<double> shortValue,
        ReadOnlySpan<double> tradedValue,
        ReadOnlySpan<double> optionValue,
        ReadOnlySpan<double> optionDeltaValue,
        out Sums sums)
    {
        int width = Vector<double>.Count, t = 0;
        Vector<double> gross = default, maxGross = default, net = default, longs = default, shorts = default, traded = default, deltaNet = default, options = default;
        for (; t + width <= equity.Length; t += width)
        {
            Vector<double> perEquity = Vector<double>.One / new Vector<double>(equity[t..]);
            var l = new Vector<double>(longValue[t..]);
            var s = new Vector<double>(shortValue[t..]);
            Vector<double> g = (l - s) * perEquity;
            gross += g;
            maxGross = Vector.Max(maxGross, g);
            net += (l + s) * perEquity;
            longs += l * perEquity;
            shorts += s * perEquity;
            traded += new Vector<double>(tradedValue[t..]) * perEquity;
            deltaNet += (l + s + new Vector<double>(optionDeltaValue[t..])) * perEquity;
            options += new Vector<double>(optionValue[t..]) * perEquity;
        }

        double max = 0;
        for (int k = 0; k < width; k++)
        {
            max = Math.Max(max, maxGross[k]);
        }

        sums = new Sums(Vector.Sum(gross), max, Vector.Sum(net), Vector.Sum(longs), Vector.Sum(shorts), Vector.Sum(traded), Vector.Sum(deltaNet), Vector.Sum(options));
        return t;
    }

    private readonly record struct Sums(double Gross, double MaxGross, double Net, double Longs, double Shorts, double Traded, double DeltaNet, double Options);
}
