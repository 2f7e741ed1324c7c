using Backtest.Core.Parameters;

namespace Backtest.Core.Runs;

/// <summary>The run's window and benchmark: set in a preset, with <c>--set</c>, or with <c>--from</c>, <c>--to</c> and <c>--benchmark</c>.</summary>
public sealed record RunSettings
{
    /// <summary>The first day of the run, or null for the first day all the strategy's tickers trade.</summary>
    [Parameter("First day of the run (yyyy-MM-dd); empty: when all the strategy's tickers trade")]
    public DateOnly? From { get; init; }

    /// <summary>The last day of the run, or null for the last day all the strategy's tickers have data.</summary>
    [Parameter("Last day of the run (yyyy-MM-dd); empty: the end of the data")]
    public DateOnly? To { get; init; }

    /// <summary>The buy-and-hold benchmark, or <c>none</c>.</summary>
    [Parameter("Buy-and-hold benchmark ticker (dividends reinvested, no costs), or none")]
    public string Benchmark { get; init; } = "SPY";

    /// <summary>Whether the data's prices are split-adjusted or raw (as traded, with splits resizing positions).</summary>
    [Parameter("Prices in the data: adjusted (split-adjusted, as Yahoo's) or raw (as traded; <TICKER>_splits.csv or LEAN factor files resize positions on split dates, as LEAN's raw mode)")]
    public PriceAdjustment Prices { get; init; } = PriceAdjustment.Adjusted;

    /// <summary>The annual risk-free rate for Sharpe, Sortino and alpha.</summary>
    [Parameter("Annual risk-free rate used by Sharpe, Sortino and alpha (0.04 = 4%)", Min = -0.1, Max = 1)]
    public double RiskFreeRate { get; init; }

    /// <summary>Dated notes drawn as markers on the figures.</summary>
    [Parameter("A note drawn as a marker on the figures, e.g. annotation.2025-11-03=13F filed")]
    public DatedNotes Annotation { get; init; } = new();
}
