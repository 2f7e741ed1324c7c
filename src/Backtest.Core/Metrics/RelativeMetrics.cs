using MathNet.Numerics.Statistics;

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
        double rf = ReturnMetrics.DailyRate(riskFreeAnnual);
        var rx = new double[r.Length];
        var bx = new double[b.Length];
        for (int t = 0; t < r.Length; t++)
        {
            rx[t] = r[t] - rf;
            bx[t] = b[t] - rf;
        }

        double variance = bx.Length < 2 ? double.NaN : bx.Variance();
        double beta = variance > 0 ? rx.Covariance(bx) / variance : double.NaN;
        double correlation = r.Length < 2 ? double.NaN : MathNet.Numerics.Statistics.Correlation.Pearson(r, b);
        double residual = 0;
        for (int t = 0; t < r.Length; t++)
        {
            residual += rx[t] - (beta * bx[t]);
        }

        double alpha = double.IsFinite(beta) && r.Length > 0
            ? Math.Pow(1 + (residual / r.Length), PerformanceSummary.PeriodsPerYear) - 1
            : double.NaN;
        PerformanceSummary s = PerformanceSummary.Compute(equity, capital);
        PerformanceSummary m = PerformanceSummary.Compute(benchmark, capital);
        return new RelativeMetrics(beta, correlation, alpha, s.TotalReturn - m.TotalReturn, s.Cagr - m.Cagr);
    }
}
