namespace Backtest.Core.Metrics;

/// <summary>A strategy against its benchmark, on the same days.</summary>
/// <param name="Beta">cov(r - rf, b - rf) / var(b - rf).</param>
/// <param name="Correlation">Pearson correlation of daily returns.</param>
/// <param name="Alpha">Annualised: (1 + mean(r - rf - beta (b - rf)))^252 - 1, as empyrical.</param>
/// <param name="ExcessReturn">Total return minus the benchmark's.</param>
/// <param name="ExcessCagr">CAGR minus the benchmark's.</param>
public sealed record RelativeMetrics(double Beta, double Correlation, double Alpha, double ExcessReturn, double ExcessCagr)
{
    /// <summary>Compares the curves <paramref name="equity"/> and <paramref name="benchmark"/>, both started from <paramref name="capital"/>.</summary>
    public static RelativeMetrics Compute(double[] equity, double[] benchmark, double capital, double riskFreeAnnual = 0)
    {
        double[] r = DailyReturns.From(equity, capital);
        double[] b = DailyReturns.From(benchmark, capital);
        PerformanceSummary s = PerformanceSummary.From(equity, r, capital, riskFreeAnnual);
        PerformanceSummary m = PerformanceSummary.From(benchmark, b, capital, riskFreeAnnual);
        return From(r, Moments(r), b, Moments(b), s.TotalReturn - m.TotalReturn, s.Cagr - m.Cagr, riskFreeAnnual);
    }

    /// <summary>
    /// The comparison of daily returns <paramref name="r"/> with the benchmark's <paramref name="b"/>, given each one's sum and
    /// sum of squared deviations (the return metrics have them already) and the excess total return and CAGR: one pass.
    /// </summary>
    internal static RelativeMetrics From(
        ReadOnlySpan<double> r,
        (double Sum, double Squares) rMoments,
        ReadOnlySpan<double> b,
        (double Sum, double Squares) bMoments,
        double excessReturn,
        double excessCagr,
        double riskFreeAnnual)
    {
        int n = r.Length;
        double rf = ReturnMetrics.DailyRate(riskFreeAnnual);
        double meanR = rMoments.Sum / n, meanB = bMoments.Sum / n;
        double covariance = VectorSums.SumProducts(r, meanR, b, meanB);

        // Excess returns over rf deviate from their means as the raw returns do: beta and correlation from the raw ones.
        double beta = n >= 2 && bMoments.Squares > 0 ? covariance / bMoments.Squares : double.NaN;
        double correlation = n < 2 ? double.NaN : covariance / Math.Sqrt(rMoments.Squares * bMoments.Squares);

        // mean(r - rf - beta (b - rf)), in closed form from the sums.
        double residual = ((rMoments.Sum - (n * rf)) - (beta * (bMoments.Sum - (n * rf)))) / n;
        double alpha = double.IsFinite(beta) && n > 0 ? Math.Pow(1 + residual, PerformanceSummary.PeriodsPerYear) - 1 : double.NaN;
        return new RelativeMetrics(beta, correlation, alpha, excessReturn, excessCagr);
    }

    private static (double Sum, double Squares) Moments(ReadOnlySpan<double> values)
    {
        double sum = VectorSums.Sum(values), mean = sum / values.Length;
        return (sum, VectorSums.SumProducts(values, mean, values, mean));
    }
}
