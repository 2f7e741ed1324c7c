using System.Buffers;
using Backtest.Core.Data;

namespace Backtest.Core.Metrics;

/// <summary>Return and risk measures of one equity curve, defined as empyrical defines them (252 periods a year).</summary>
/// <param name="TotalReturn">Final equity over capital, minus one.</param>
/// <param name="Cagr">(prod(1 + r))^(252 / N) - 1.</param>
/// <param name="Volatility">std(r, ddof 1) x sqrt(252).</param>
/// <param name="Sharpe">mean(r - rf) / std(r - rf, ddof 1) x sqrt(252); NaN when flat.</param>
/// <param name="Sortino">252 x mean(r - MAR) / (sqrt(mean over all N of min(r - MAR, 0)^2) x sqrt(252)); NaN without a losing day.</param>
/// <param name="MaxDrawdown">min over t of equity / running max - 1, the capital being the first running max.</param>
/// <param name="Calmar">CAGR / |max drawdown|; NaN without a drawdown.</param>
/// <param name="LongestDrawdownDays">The longest stretch of trading days under water.</param>
/// <param name="UnderwaterDays">Trading days under water at the end.</param>
/// <param name="WorstDay">The lowest daily return.</param>
/// <param name="WorstMonth">The lowest calendar-month return.</param>
/// <param name="PositiveMonths">The share of calendar months with a positive return.</param>
/// <param name="Days">N, the number of daily returns.</param>
public sealed record ReturnMetrics(
    double TotalReturn,
    double Cagr,
    double Volatility,
    double Sharpe,
    double Sortino,
    double MaxDrawdown,
    double Calmar,
    int LongestDrawdownDays,
    int UnderwaterDays,
    double WorstDay,
    double WorstMonth,
    double PositiveMonths,
    int Days)
{
    /// <summary>Measures <paramref name="equity"/> on <paramref name="dates"/>, started from <paramref name="capital"/>.</summary>
    /// <param name="dates">The days of the curve.</param>
    /// <param name="equity">Equity at each close.</param>
    /// <param name="capital">Starting capital: the base of the first return and the first peak.</param>
    /// <param name="riskFreeAnnual">Annual risk-free rate (also the Sortino target); per day (1 + rf)^(1/252) - 1.</param>
    public static ReturnMetrics Compute(DateOnly[] dates, double[] equity, double capital, double riskFreeAnnual = 0)
    {
        double[] rented = ArrayPool<double>.Shared.Rent(equity.Length);
        try
        {
            Span<double> returns = rented.AsSpan(0, equity.Length);
            DailyReturns.Into(equity, capital, returns);
            return From(PricePanel.FindMonthEnds(dates), equity, returns, capital, riskFreeAnnual, out _);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>The metrics of <paramref name="equity"/> whose daily returns are already in <paramref name="returns"/>: no allocation but the record.</summary>
    /// <param name="monthEnds">The days that end a calendar month, ascending; those past the curve's end are ignored and the curve's last day ends its month.</param>
    /// <param name="equity">Equity at each close.</param>
    /// <param name="returns">Its daily returns.</param>
    /// <param name="capital">Starting capital.</param>
    /// <param name="riskFreeAnnual">Annual risk-free rate.</param>
    /// <param name="moments">The returns' sum and sum of squared deviations from their mean, for the relative metrics.</param>
    internal static ReturnMetrics From(ReadOnlySpan<int> monthEnds, ReadOnlySpan<double> equity, ReadOnlySpan<double> returns, double capital, double riskFreeAnnual, out (double Sum, double Squares) moments)
    {
        // Sums a vector of days at a time; the drawdowns in their own (sequential) scan; then the deviations.
        int n = returns.Length;
        double rf = DailyRate(riskFreeAnnual);
        (double sum, double downside, double worstDay) = VectorSums.Returns(returns, rf);
        double peak = capital, maxDrawdown = 0;
        int longest = 0, current = 0;
        for (int t = 0; t < n; t++)
        {
            double value = equity[t];
            if (value >= peak)
            {
                peak = value;
                current = 0;
            }
            else
            {
                longest = Math.Max(longest, ++current);

                // Divide only when the fall may be the deepest yet: most days under water are not.
                if (value < peak * (1 + maxDrawdown))
                {
                    maxDrawdown = Math.Min(maxDrawdown, (value / peak) - 1);
                }
            }
        }

        // Excess returns over rf deviate from their mean exactly as the returns do.
        double mean = sum / n, excessMean = (sum / n) - rf;
        double squares = VectorSums.SumProducts(returns, mean, returns, mean), excessSquares = squares;
        moments = (sum, squares);
        double growth = n == 0 ? 1 : equity[^1] / capital;
        double cagr = PerformanceSummary.CompoundGrowth(growth, n);
        double volatility = n < 2 ? double.NaN : Math.Sqrt(squares / (n - 1) * PerformanceSummary.PeriodsPerYear);
        double excessSd = n < 2 ? double.NaN : Math.Sqrt(excessSquares / (n - 1));
        double downsideDeviation = Math.Sqrt(downside / n);
        (double worstMonth, double positiveMonths) = Months(monthEnds, equity, capital);
        return new ReturnMetrics(
            growth - 1,
            cagr,
            volatility,
            PerformanceSummary.SharpeRatio(excessMean, excessSd),
            n > 0 && downsideDeviation > 0 ? PerformanceSummary.PeriodsPerYear * excessMean / (downsideDeviation * Math.Sqrt(PerformanceSummary.PeriodsPerYear)) : double.NaN,
            maxDrawdown,
            maxDrawdown < 0 ? cagr / Math.Abs(maxDrawdown) : double.NaN,
            longest,
            current,
            worstDay,
            worstMonth,
            positiveMonths,
            n);
    }

    /// <summary>The per-day rate of an annual rate compounded over 252 days.</summary>
    public static double DailyRate(double annual) => Math.Pow(1 + annual, 1.0 / PerformanceSummary.PeriodsPerYear) - 1;

    // Calendar-month returns chained from the capital (each month from the previous month's last close), as
    // PeriodReturns.Monthly gives them, reduced to the worst and the share above zero in one pass.
    private static (double Worst, double PositiveShare) Months(ReadOnlySpan<int> monthEnds, ReadOnlySpan<double> equity, double capital)
    {
        int months = 0, positive = 0;
        double worst = double.NaN, previous = capital;
        foreach (int end in monthEnds)
        {
            // A run cut short (ruin) ends its last month on its last day.
            int t = Math.Min(end, equity.Length - 1);
            double r = (equity[t] / previous) - 1;
            previous = equity[t];
            months++;
            positive += r > 0 ? 1 : 0;
            worst = double.IsNaN(worst) ? r : Math.Min(worst, r);
            if (end >= equity.Length - 1)
            {
                break;
            }
        }

        return months == 0 ? (double.NaN, double.NaN) : (worst, (double)positive / months);
    }
}
