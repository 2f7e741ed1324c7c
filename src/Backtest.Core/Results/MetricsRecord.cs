using Backtest.Core.Engine;
using Backtest.Core.Runs;

namespace Backtest.Core.Results;

/// <summary>The numbers of a run as written to <c>metrics.json</c>.</summary>
/// <param name="FirstDay">The first day.</param>
/// <param name="LastDay">The last day.</param>
/// <param name="Days">Days run.</param>
/// <param name="Capital">Starting capital.</param>
/// <param name="Strategy">The strategy's headline numbers.</param>
/// <param name="BenchmarkTicker">The benchmark's ticker, or null.</param>
/// <param name="Benchmark">The benchmark's headline numbers, or null.</param>
/// <param name="Costs">Where the money went.</param>
/// <param name="Trades">The number of fills.</param>
/// <param name="Ruined">Whether the run ended in ruin.</param>
public sealed record MetricsRecord(
    string FirstDay,
    string LastDay,
    int Days,
    double Capital,
    SummaryRecord Strategy,
    string? BenchmarkTicker,
    SummaryRecord? Benchmark,
    CostTotals Costs,
    int Trades,
    bool Ruined)
{
    /// <summary>The record of <paramref name="outcome"/>.</summary>
    public static MetricsRecord Of(RunOutcome outcome)
    {
        BacktestResult result = outcome.Result;
        return new MetricsRecord(
            ResultText.Date(result.Date(0)),
            ResultText.Date(result.Date(result.DayCount - 1)),
            result.DayCount,
            result.Capital,
            SummaryRecord.Of(outcome.Summary, result.Equity[^1]),
            outcome.Benchmark?.Ticker,
            outcome.Benchmark is { } b && outcome.BenchmarkSummary is { } s ? SummaryRecord.Of(s, b.Equity[^1]) : null,
            result.Costs,
            result.Trades.Count,
            result.Ruined);
    }
}
