using Backtest.Core.Data;
using Backtest.Core.Options;

namespace Backtest.Core.Engine;

/// <summary>What a run did, day by day: the account's value and make-up, the trades, the events and the costs.</summary>
public sealed class BacktestResult
{
    internal BacktestResult(
        PricePanel panel,
        double capital,
        int dayCount,
        double[] equity,
        double[] cash,
        double[] longValue,
        double[] shortValue,
        double[] positions,
        List<Trade> trades,
        IReadOnlyList<RunEvent> events,
        CostTotals costs,
        double[] tickerBorrowFees,
        double[] tickerDividends,
        bool ruined)
    {
        Panel = panel;
        Capital = capital;
        DayCount = dayCount;
        Equity = equity;
        Cash = cash;
        LongValue = longValue;
        ShortValue = shortValue;
        Positions = positions;
        _trades = trades;
        Events = events;
        Costs = costs;
        TickerBorrowFees = tickerBorrowFees;
        TickerDividends = tickerDividends;
        Ruined = ruined;
    }

    /// <summary>The prices the run used.</summary>
    public PricePanel Panel { get; }

    /// <summary>Starting cash.</summary>
    public double Capital { get; }

    /// <summary>The number of days run: the panel's, or fewer when the run ended in ruin.</summary>
    public int DayCount { get; }

    /// <summary>Equity at each close: cash plus long value plus short value plus option value.</summary>
    public double[] Equity { get; }

    /// <summary>Cash at each close (short proceeds included).</summary>
    public double[] Cash { get; }

    /// <summary>Market value of longs at each close.</summary>
    public double[] LongValue { get; }

    /// <summary>Market value of shorts at each close (zero or negative).</summary>
    public double[] ShortValue { get; }

    /// <summary>Quantities held at each close, ticker-major like the panel: <c>[i * Panel.DayCount + t]</c>.</summary>
    public double[] Positions { get; }

    private readonly List<Trade> _trades;

    /// <summary>Every fill, in order.</summary>
    public IReadOnlyList<Trade> Trades => _trades;

    /// <summary>Every fill, in order, for a loop over them: no enumerator behind an interface.</summary>
    public ReadOnlySpan<Trade> TradesInOrder => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_trades);

    /// <summary>Notable things that happened (margin calls, stops, scaled orders, ruin).</summary>
    public IReadOnlyList<RunEvent> Events { get; }

    /// <summary>Where the money went.</summary>
    public CostTotals Costs { get; }

    /// <summary>Borrow fees paid per ticker.</summary>
    public double[] TickerBorrowFees { get; }

    /// <summary>Rebates credited per ticker on its short proceeds (negative where the rate was); empty when the run had no rebate data.</summary>
    public double[] TickerBorrowRebates { get; init; } = [];

    /// <summary>Dividends per ticker: received (positive) less paid.</summary>
    public double[] TickerDividends { get; }

    /// <summary>Whether equity reached zero and the run stopped early.</summary>
    public bool Ruined { get; }

    /// <summary>The option contracts the run asked for, in order: option <c>k</c> is instrument <c>Panel.TickerCount + k</c> in <see cref="Trades"/>.</summary>
    public IReadOnlyList<OptionSeries> Options { get; init; } = [];

    /// <summary>Value of the options held at each close: contracts x 100 x mark.</summary>
    public double[] OptionValue { get; init; } = [];

    /// <summary>Delta-adjusted exposure of the options held at each close: contracts x 100 x delta x spot (negative for puts).</summary>
    public double[] OptionDeltaValue { get; init; } = [];

    /// <summary>The name of instrument <paramref name="instrument"/>: a ticker, or an option's contract name (<c>PLTR 2027-01-15 P 50</c>).</summary>
    public string InstrumentName(int instrument) =>
        instrument < Panel.TickerCount ? Panel.Tickers[instrument] : Options[instrument - Panel.TickerCount].Contract.Name;

    /// <summary>Contracts of option <paramref name="k"/> held at each close, from its trades.</summary>
    public double[] OptionContracts(int k)
    {
        var held = new double[DayCount];
        int instrument = Panel.TickerCount + k;
        foreach (ref readonly Trade trade in TradesInOrder)
        {
            if (trade.Instrument == instrument)
            {
                held[trade.Day] += trade.Quantity;
            }
        }

        for (int t = 1; t < DayCount; t++)
        {
            held[t] += held[t - 1];
        }

        return held;
    }

    /// <summary>The date of day <paramref name="t"/>.</summary>
    public DateOnly Date(int t) => Panel.Dates[t];

    /// <summary>The quantity of ticker <paramref name="i"/> held at the close of day <paramref name="t"/>.</summary>
    public double Quantity(int i, int t) => Positions[(i * Panel.DayCount) + t];
}
