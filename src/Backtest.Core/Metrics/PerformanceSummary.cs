using System.Buffers;

namespace Backtest.Core.Metrics;

/// <summary>The headline numbers of an equity curve, defined as empyrical defines them (252 trading days a year).</summary>
/// <param name="TotalReturn">Final equity over starting capital, minus one.</param>
/// <param name="Cagr">Compound annual growth: (1 + total return)^(252 / days) - 1.</param>
/// <param name="Volatility">Annualised volatility: sample standard deviation of daily returns x sqrt(252).</param>
/// <param name="Sharpe">Annualised Sharpe ratio: mean / sample std of daily excess returns x sqrt(252); NaN when flat.</param>
/// <param name="MaxDrawdown">The deepest fall from a running peak (starting capital included), as a negative fraction.</param>
/// <param name="Days">The number of daily returns.</param>
public sealed record PerformanceSummary(double TotalReturn, double Cagr, double Volatility, double Sharpe, double MaxDrawdown, int Days)
{
    /// <summary>Trading days per year.</summary>
    public const int PeriodsPerYear = 252;

    /// <summary>Computes the summary of <paramref name="equity"/> started from <paramref name="capital"/>.</summary>
    /// <param name="equity">Equity at each close.</param>
    /// <param name="capital">Starting capital.</param>
    /// <param name="riskFreeAnnual">Annual risk-free rate; per day it is (1 + rf)^(1/252) - 1.</param>
    public static PerformanceSummary Compute(ReadOnlySpan<double> equity, double capital, double riskFreeAnnual = 0)
    {
        double[] rented = ArrayPool<double>.Shared.Rent(equity.Length);
        try
        {
            Span<double> returns = rented.AsSpan(0, equity.Length);
            DailyReturns.Into(equity, capital, returns);
            return From(equity, returns, capital, riskFreeAnnual);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>The summary of <paramref name="equity"/> whose daily returns are already in <paramref name="returns"/>.</summary>
    internal static PerformanceSummary From(ReadOnlySpan<double> equity, ReadOnlySpan<double> returns, double capital, double riskFreeAnnual)
    {
        int n = returns.Length;
        double growth = n == 0 ? 1 : equity[^1] / capital;
        // As ReturnMetrics measures them: excess returns over rf deviate from their mean exactly as the returns do.
        double mean = VectorSums.Sum(returns) / n;
        double sd = n < 2 ? double.NaN : Math.Sqrt(VectorSums.SumProducts(returns, mean, returns, mean) / (n - 1));
        double excessMean = mean - ReturnMetrics.DailyRate(riskFreeAnnual);
        return new PerformanceSummary(growth - 1, CompoundGrowth(growth, n), sd * Math.Sqrt(PeriodsPerYear), SharpeRatio(excessMean, sd), Drawdown.Max(equity, capital), n);
    }

    /// <summary>(growth)^(252 / n) - 1; -1 once the curve has reached zero, 0 with no days.</summary>
    internal static double CompoundGrowth(double growth, int days) => days == 0 ? 0 : growth <= 0 ? -1 : Math.Pow(growth, (double)PeriodsPerYear / days) - 1;

    /// <summary>Mean over sample standard deviation of daily excess returns, x sqrt(252); NaN when flat.</summary>
    internal static double SharpeRatio(double excessMean, double excessSd) => excessSd > 0 ? excessMean / excessSd * Math.Sqrt(PeriodsPerYear) : double.NaN;
}
