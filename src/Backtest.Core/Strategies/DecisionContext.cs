using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;

namespace Backtest.Core.Strategies;

/// <summary>What a strategy may see after the close of a decision day: prices up to that close and its own account.</summary>
/// <remarks>
/// Nothing after <see cref="Date"/> is reachable from here, so a strategy cannot peek at future bars. Instruments are the
/// tickers (<c>0 .. TickerCount - 1</c>, the strategy's own, in its order) followed by the option contracts it has asked
/// for with <see cref="Option(in OptionContract)"/>.
/// </remarks>
public readonly struct DecisionContext
{
    private readonly PricePanel _panel;
    private readonly double[] _quantities;
    private readonly OptionBook _options;

    internal DecisionContext(PricePanel panel, int day, double[] quantities, OptionBook options, double cash, double equity)
    {
        _panel = panel;
        Day = day;
        _quantities = quantities;
        _options = options;
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

    /// <summary>The number of instruments: the tickers and the option contracts asked for so far.</summary>
    public int InstrumentCount => _panel.TickerCount + _options.Count;

    /// <summary>Cash in the account after the close.</summary>
    public double Cash { get; }

    /// <summary>Equity (cash plus market value) at the close.</summary>
    public double Equity { get; }

    /// <summary>The ticker at index <paramref name="i"/> (for an option, its underlying).</summary>
    public string Ticker(int i) => i < _panel.TickerCount ? _panel.Tickers[i] : OptionAt(i).Contract.Underlying;

    /// <summary>Whether ticker <paramref name="i"/> is listed and tradable (PLTR is not before 2020-09-30).</summary>
    public bool IsLive(int i) => _panel.IsLive(i < _panel.TickerCount ? i : OptionAt(i).Underlying, Day);

    /// <summary>Today's close of ticker <paramref name="i"/> (NaN before its first bar); for an option, its model mark per share.</summary>
    public double Close(int i) => i < _panel.TickerCount ? _panel.Close[(i * _panel.DayCount) + Day] : Quote(i).Mark;

    /// <summary>Closes of ticker <paramref name="i"/> from the run's first day up to and including today.</summary>
    public ReadOnlySpan<double> Closes(int i) => new(_panel.Close, i * _panel.DayCount, Day + 1);

    /// <summary>The signed quantity held of instrument <paramref name="i"/>: shares (negative when short) or contracts.</summary>
    public double Quantity(int i) => i < _panel.TickerCount ? _quantities[i] : _options.Contracts[i - _panel.TickerCount];

    /// <summary>The position's share of equity at today's close (negative when short); for an option, its premium value's.</summary>
    public double Weight(int i)
    {
        double q = Quantity(i);
        if (Equity == 0 || q == 0)
        {
            return 0;
        }

        return i < _panel.TickerCount ? q * Close(i) / Equity : q * OptionContract.Multiplier * Close(i) / Equity;
    }

    /// <summary>Whether instrument <paramref name="i"/> is an option contract.</summary>
    public bool IsOption(int i) => i >= _panel.TickerCount;

    /// <summary>The contract of option instrument <paramref name="i"/>.</summary>
    public OptionContract Contract(int i) => OptionAt(i).Contract;

    /// <summary>
    /// The instrument index of <paramref name="contract"/>, on one of the strategy's tickers: asked for the first time, it
    /// is priced from today's close on at the volatility rule of the option settings.
    /// </summary>
    public int Option(in OptionContract contract) => _panel.TickerCount + _options.Register(contract, Day, double.NaN);

    /// <summary>
    /// The instrument index of <paramref name="contract"/>; asked for the first time, its volatility is solved so that its
    /// model price at today's close is <paramref name="premium"/>, and kept for its life (the run logs the volatility).
    /// A contract already asked for keeps the volatility it had.
    /// </summary>
    public int Option(in OptionContract contract, double premium) => _panel.TickerCount + _options.Register(contract, Day, premium);

    /// <summary>
    /// The instrument index of <paramref name="contract"/>; asked for the first time, it is marked at <paramref name="volatility"/>
    /// for its life (an implied volatility the strategy knows). A contract already asked for keeps the volatility it had.
    /// </summary>
    public int OptionAtVolatility(in OptionContract contract, double volatility) =>
        _panel.TickerCount + _options.Register(contract, Day, double.NaN, volatility);

    /// <summary>The model's view of option instrument <paramref name="i"/> at today's close (all zero once it has expired).</summary>
    public OptionQuote Quote(int i)
    {
        OptionSeries series = OptionAt(i);
        if (!series.Covers(Day))
        {
            return default;
        }

        return new OptionQuote(series.Mark(Day), series.Delta(Day), series.Volatility(Day), _panel.Close[(series.Underlying * _panel.DayCount) + Day], series.Years(Day));
    }

    private OptionSeries OptionAt(int i)
    {
        int k = i - _panel.TickerCount;
        if (k < 0 || k >= _options.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(i), i, $"instrument {i} is not an option of this run (tickers {_panel.TickerCount}, options {_options.Count})");
        }

        return _options.Series[k];
    }
}
