using MathNet.Numerics.Statistics;

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
        double[] returns = DailyReturns.From(equity, capital);
        int n = returns.Length;
        double growth = n == 0 ? 1 : equity[^1] / capital;
        double cagr = n == 0 ? 0 : growth <= 0 ? -1 : Math.Pow(growth, (double)PeriodsPerYear / n) - 1;
        double dailyRiskFree = Math.Pow(1 + riskFreeAnnual, 1.0 / PeriodsPerYear) - 1;
        var excess = new double[n];
        for (int t = 0; t < n; t++)
        {
            excess[t] = returns[t] - dailyRiskFree;
        }

        double sd = n < 2 ? double.NaN : returns.StandardDeviation();
        double excessSd = n < 2 ? double.NaN : excess.StandardDeviation();
        double sharpe = excessSd > 0 ? excess.Mean() / excessSd * Math.Sqrt(PeriodsPerYear) : double.NaN;
        return new PerformanceSummary(growth - 1, cagr, sd * Math.Sqrt(PeriodsPerYear), sharpe, Drawdown.Max(equity, capital), n);
    }
}
