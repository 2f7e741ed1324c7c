using Deedle;
using MathNet.Numerics.Statistics;

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
        PerformanceSummary headline = PerformanceSummary.Compute(equity, capital, riskFreeAnnual);
        double[] returns = DailyReturns.From(equity, capital);
        double target = DailyRate(riskFreeAnnual);
        DrawdownSpell spell = DrawdownSpell.Of(equity, capital);
        double[] months = PeriodReturns.Monthly(dates, equity, capital).Values.ToArray();
        int positive = 0;
        foreach (double month in months)
        {
            positive += month > 0 ? 1 : 0;
        }

        return new ReturnMetrics(
            headline.TotalReturn,
            headline.Cagr,
            headline.Volatility,
            headline.Sharpe,
            SortinoRatio(returns, target),
            headline.MaxDrawdown,
            headline.MaxDrawdown < 0 ? headline.Cagr / Math.Abs(headline.MaxDrawdown) : double.NaN,
            spell.Longest,
            spell.Current,
            returns.Length == 0 ? double.NaN : returns.Minimum(),
            months.Length == 0 ? double.NaN : months.Minimum(),
            months.Length == 0 ? double.NaN : (double)positive / months.Length,
            returns.Length);
    }

    /// <summary>The per-day rate of an annual rate compounded over 252 days.</summary>
    public static double DailyRate(double annual) => Math.Pow(1 + annual, 1.0 / PerformanceSummary.PeriodsPerYear) - 1;

    private static double SortinoRatio(double[] returns, double target)
    {
        if (returns.Length == 0)
        {
            return double.NaN;
        }

        double excess = 0, downside = 0;
        foreach (double r in returns)
        {
            excess += r - target;
            double shortfall = Math.Min(r - target, 0);
            downside += shortfall * shortfall;
        }

        double mean = excess / returns.Length;
        double downsideDeviation = Math.Sqrt(downside / returns.Length);
        return downsideDeviation > 0 ? PerformanceSummary.PeriodsPerYear * mean / (downsideDeviation * Math.Sqrt(PerformanceSummary.PeriodsPerYear)) : double.NaN;
    }
}
