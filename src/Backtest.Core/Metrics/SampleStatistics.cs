namespace Backtest.Core.Metrics;

/// <summary>Means, sample variances and covariances (ddof 1) over spans, two-pass, allocating nothing: the metrics' arithmetic.</summary>
internal static class SampleStatistics
{
    /// <summary>The mean of <paramref name="values"/> (NaN when empty).</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return values.Length == 0 ? double.NaN : sum / values.Length;
    }

    /// <summary>The sample covariance of <paramref name="a"/> and <paramref name="b"/> about their means (NaN with fewer than two).</summary>
    public static double Covariance(ReadOnlySpan<double> a, double meanA, ReadOnlySpan<double> b, double meanB)
    {
        if (a.Length < 2)
        {
            return double.NaN;
        }

        double sum = 0;
        for (int t = 0; t < a.Length; t++)
        {
            sum += (a[t] - meanA) * (b[t] - meanB);
        }

        return sum / (a.Length - 1);
    }

    /// <summary>The sample variance of <paramref name="values"/> about <paramref name="mean"/> (NaN with fewer than two).</summary>
    public static double Variance(ReadOnlySpan<double> values, double mean) => Covariance(values, mean, values, mean);

    /// <summary>The sample variance of <paramref name="values"/> shifted by <paramref name="shift"/> (the excess over a rate), about its mean.</summary>
    public static double ShiftedVariance(ReadOnlySpan<double> values, double shift, out double shiftedMean)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v - shift;
        }

        shiftedMean = values.Length == 0 ? double.NaN : sum / values.Length;
        if (values.Length < 2)
        {
            return double.NaN;
        }

        double squares = 0;
        foreach (double v in values)
        {
            double d = v - shift - shiftedMean;
            squares += d * d;
        }

        return squares / (values.Length - 1);
    }
}
