using System.Buffers;
using Backtest.Core.Engine;

namespace Backtest.Core.Metrics;

/// <summary>Every number a run is judged by (<c>metrics.json</c>): returns and risk, against the benchmark, exposure and costs.</summary>
/// <param name="FirstDay">The first day.</param>
/// <param name="LastDay">The last day (the ruin day if the run ended early).</param>
/// <param name="Capital">Starting capital.</param>
/// <param name="FinalEquity">Equity at the last close.</param>
/// <param name="Ruined">Whether equity reached zero and the run stopped.</param>
/// <param name="RiskFreeRate">The annual risk-free rate the ratios used.</param>
/// <param name="Strategy">The strategy's return and risk.</param>
/// <param name="BenchmarkTicker">The benchmark, or null.</param>
/// <param name="Benchmark">The benchmark's return and risk on the same days, or null.</param>
/// <param name="Relative">Beta, correlation, alpha and excess return against the benchmark, or null.</param>
/// <param name="Exposure">Gross, net, long and short exposure and turnover.</param>
/// <param name="Costs">The costs in money.</param>
/// <param name="CostSplit">Each cost and income's effect on equity, in money and in % of capital.</param>
/// <param name="Trades">The number of fills.</param>
/// <param name="Tickers">Each ticker's P&amp;L.</param>
public sealed record RunMetrics(
    DateOnly FirstDay,
    DateOnly LastDay,
    double Capital,
    double FinalEquity,
    bool Ruined,
    double RiskFreeRate,
    ReturnMetrics Strategy,
    string? BenchmarkTicker,
    ReturnMetrics? Benchmark,
    RelativeMetrics? Relative,
    ExposureMetrics Exposure,
    CostTotals Costs,
    IReadOnlyList<CostShare> CostSplit,
    int Trades,
    IReadOnlyList<TickerPnl> Tickers)
{
    /// <summary>Measures <paramref name="result"/>, against <paramref name="benchmark"/> when there is one.</summary>
    public static RunMetrics Compute(BacktestResult result, BenchmarkCurve? benchmark, double riskFreeAnnual = 0)
    {
        int days = result.DayCount;
        ReadOnlySpan<DateOnly> dates = result.Panel.Dates.AsSpan(0, days);
        double capital = result.Capital;
        double[] rented = ArrayPool<double>.Shared.Rent(2 * days);
        try
        {
            // One buffer for the strategy's returns and the money traded each day.
            Span<double> returns = rented.AsSpan(0, days), traded = rented.AsSpan(days, days);
            traded.Clear();
            foreach (ref readonly Trade trade in result.TradesInOrder)
            {
                traded[trade.Day] += Math.Abs(trade.Value);
            }

            VectorSums.DailyReturns(result.Equity.AsSpan(0, days), capital, returns);
            int[] monthEnds = result.Panel.MonthEnds;
            ReturnMetrics strategy = ReturnMetrics.From(monthEnds, result.Equity, returns, capital, riskFreeAnnual, out var moments);
            ReadOnlySpan<double> benchmarkReturns = default;
            (double Sum, double Squares) benchmarkMoments = default;
            ReturnMetrics? measured = benchmark?.Measure(monthEnds, days, capital, riskFreeAnnual, out benchmarkReturns, out benchmarkMoments);
            RelativeMetrics? relative = measured is null ? null
                : RelativeMetrics.From(returns, moments, benchmarkReturns, benchmarkMoments, strategy.TotalReturn - measured.TotalReturn, strategy.Cagr - measured.Cagr, riskFreeAnnual);
            CostTotals c = result.Costs;
            CostShare[] split =
            [
                Share("Commission", -c.Commission, capital),
                Share("Slippage", -c.Slippage, capital),
                Share("Borrow fees", -c.BorrowFees, capital),
                Share("Dividends paid", -c.DividendsPaid, capital),
                Share("Dividends received", c.DividendsReceived, capital),
                Share("Cash interest", c.CashInterest, capital),
                Share("Borrow rebate", c.BorrowRebate, capital),
                Share("Margin interest", -c.MarginInterest, capital),
            ];
            return new RunMetrics(
                dates[0],
                dates[^1],
                capital,
                result.Equity[^1],
                result.Ruined,
                riskFreeAnnual,
                strategy,
                benchmark?.Ticker,
                measured,
                relative,
                ExposureMetrics.Compute(result.Equity, result.LongValue, result.ShortValue, traded, result.OptionValue, result.OptionDeltaValue),
                c,
                split,
                result.Trades.Count,
                TickerPnl.From(result));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    // A cost of nothing is 0, not -0 (which JSON would print as "-0").
    private static CostShare Share(string name, double amount, double capital) => new(name, amount + 0.0, (amount + 0.0) / capital);
}
