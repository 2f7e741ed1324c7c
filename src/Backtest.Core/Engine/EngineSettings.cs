using Backtest.Core.Data;
using Backtest.Core.Parameters;

namespace Backtest.Core.Engine;

/// <summary>The engine's settings: money, fills, costs and limits. Set like strategy parameters, with the same names in presets and <c>--set</c>.</summary>
public sealed record EngineSettings
{
    /// <summary>Starting cash.</summary>
    [Parameter("Starting cash, in money (at most 1,000,000,000,000, so that every sum of a run stays a finite number)", Min = 1, Max = PriceBounds.LargestCapital)]
    public double Capital { get; init; } = 1_000_000;

    /// <summary>When orders fill.</summary>
    [Parameter("When orders decided after a close fill: open (next day's open) or close (the same close)")]
    public FillTiming Fill { get; init; } = FillTiming.Open;

    /// <summary>Whether fractional shares may be traded.</summary>
    [Parameter("Allow fractional shares (otherwise orders are whole shares, rounded toward zero)")]
    public bool Fractional { get; init; }

    /// <summary>Commission per share.</summary>
    [Parameter("Commission per share, in money (IB fixed: 0.005)", Min = 0, Max = 10)]
    public double CommissionPerShare { get; init; } = 0.005;

    /// <summary>Minimum commission per order.</summary>
    [Parameter("Minimum commission per order, in money (IB fixed: 1)", Min = 0, Max = 1000)]
    public double CommissionMin { get; init; } = 1;

    /// <summary>Commission cap in percent of trade value.</summary>
    [Parameter("Commission cap, in percent of trade value (IB fixed: 0.5 = 0.5%); wins over the minimum", Min = 0, Max = 100)]
    public double CommissionMaxPct { get; init; } = 0.5;

    /// <summary>Slippage in basis points.</summary>
    [Parameter("Slippage against the trader, in basis points of the price (5 = 0.05%)", Min = 0, Max = 10_000)]
    public double SlippageBps { get; init; } = 5;

    /// <summary>Annual borrow fee on shorts, with per-ticker and dated overrides.</summary>
    [Parameter("Annual borrow fee on short market value (0.005 = 0.5%), Actual/360 per calendar day, where borrowData gives none; borrowFee.TICKER overrides one ticker; borrowFee.TICKER@yyyy-MM-dd sets it from that date on, over the data (a stress)", Min = 0, Max = 10, Dated = true)]
    public TickerRates BorrowFee { get; init; } = new(0.005);

    /// <summary>Annual interest on positive cash.</summary>
    [Parameter("Annual interest on positive cash, short proceeds included unless borrowData pays a rebate on them (0.04 = 4%), Actual/360", Min = -1, Max = 1)]
    public double CashRate { get; init; }

    /// <summary>Annual interest on negative cash: a margin loan.</summary>
    [Parameter("Annual interest on negative cash, a margin loan (0.06 = 6%), Actual/360 per calendar day", Min = 0, Max = 1)]
    public double MarginRate { get; init; } = 0.06;

    /// <summary>Dates on which a lender recalls a ticker's shares.</summary>
    [Parameter("The lender recalls the shares on this date: recall.PLTR=2026-03-02 buys the short back at that day's open and blocks new shorts for recallDays")]
    public TickerDates Recall { get; init; } = new();

    /// <summary>Trading days a recalled ticker cannot be shorted, from the recall's day.</summary>
    [Parameter("Trading days a recalled ticker cannot be shorted, counting the recall's day", Min = 0, Max = 10_000)]
    public int RecallDays { get; init; } = 20;

    /// <summary>Gross exposure cap as a multiple of equity.</summary>
    [Parameter("Most gross exposure (long plus short value) as a multiple of equity; larger orders are scaled down", Min = 0.01, Max = 100)]
    public double LeverageCap { get; init; } = 2;

    /// <summary>Maintenance margin on longs.</summary>
    [Parameter("Maintenance margin on long market value (0.25 = 25%)", Min = 0, Max = 1)]
    public double MarginLong { get; init; } = 0.25;

    /// <summary>Maintenance margin on shorts.</summary>
    [Parameter("Maintenance margin on short market value (0.30 = 30%)", Min = 0, Max = 10)]
    public double MarginShort { get; init; } = 0.30;

    /// <summary>Per-position stop: close a position when its loss exceeds this fraction of its entry value (0 = off).</summary>
    [Parameter("Close a position when its loss exceeds this fraction of its entry value (0.5 = 50%; 0 = no stop); a stopped ticker is not re-entered", Min = 0, Max = 100)]
    public double StopLoss { get; init; }
}
