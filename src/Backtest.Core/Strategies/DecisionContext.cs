using Backtest.Core.Data;

namespace Backtest.Core.Strategies;

/// <summary>What a strategy may see after the close of a decision day: prices up to that close and its own account.</summary>
/// <remarks>Nothing after <see cref="Date"/> is reachable from here, so a strategy cannot peek at future bars.</remarks>
public readonly struct DecisionContext
{
    private readonly PricePanel _panel;
    private readonly double[] _quantities;

    internal DecisionContext(PricePanel panel, int day, double[] quantities, double cash, double equity)
    {
        _panel = panel;
        Day = day;
        _quantities = quantities;
        Cash = cash;
        Equity = equity;
    }

    /// <summary>The index of the decision day in the run.</summary>
    public int Day { get; }

    /// <summary>The decision day.</summary>
    public DateOnly Date => _panel.Dates[Day];

    /// <summary>The first day of the run.</summary>
    public DateOnly FirstDate => _panel.Dates[0];

    /// <summary>The number of tickers (the strategy's own, in its order).</summary>
    public int TickerCount => _panel.TickerCount;

    /// <summary>Cash in the account after the close.</summary>
    public double Cash { get; }

    /// <summary>Equity (cash plus market value) at the close.</summary>
    public double Equity { get; }

    /// <summary>The ticker at index <paramref name="i"/>.</summary>
    public string Ticker(int i) => _panel.Tickers[i];

    /// <summary>Whether ticker <paramref name="i"/> is listed and tradable (PLTR is not before 2020-09-30).</summary>
    public bool IsLive(int i) => _panel.IsLive(i, Day);

    /// <summary>Today's close of ticker <paramref name="i"/> (NaN before its first bar).</summary>
    public double Close(int i) => _panel.Close[(i * _panel.DayCount) + Day];

    /// <summary>Closes of ticker <paramref name="i"/> from the run's first day up to and including today.</summary>
    public ReadOnlySpan<double> Closes(int i) => new(_panel.Close, i * _panel.DayCount, Day + 1);

    /// <summary>The signed quantity held of ticker <paramref name="i"/> (negative when short).</summary>
    public double Quantity(int i) => _quantities[i];

    /// <summary>The position's share of equity at today's close (negative when short).</summary>
    public double Weight(int i) => Equity == 0 || _quantities[i] == 0 ? 0 : _quantities[i] * Close(i) / Equity;
}
