using System.Runtime.CompilerServices;
using System.Globalization;
using Backtest.Core.Borrow;
using Backtest.Core.Costs;
using Backtest.Core.Data;
using Backtest.Core.Margin;
using Backtest.Core.Options;
using Backtest.Core.Strategies;

namespace Backtest.Core.Engine;

/// <summary>The daily loop of one run: a short list of steps over the account, kept in partial files by concern.</summary>
/// <remarks>
/// Each day, in order: accrue the night's borrow fees, rebates and interest (Actual/360 on the previous close's book),
/// pay dividends on the ex-date to the positions held at the previous close, apply the stock loan's recalls and fee
/// stresses, fill pending orders at the open (a short cut to the shares available to borrow)
/// (and cut positions if a margin call is pending), settle the options expiring at this close, value the book at the
/// close, stop on ruin, check the maintenance margin and the stops, let the strategy decide, and (with
/// <see cref="FillTiming.Close"/>) fill at the close. Shares and option contracts are two kinds of instrument in the
/// same steps: an option is priced from <see cref="OptionMarks"/>, paid in full, and settles at its expiry close.
/// Everything is preallocated: a day allocates nothing unless it trades, logs an event or asks for a new contract.
/// The steps live in Simulation.Financing (borrow, interest, splits, dividends), .StockLoan (recalls, stresses, the
/// shares available), .Fills (orders, and the one place cash
/// moves for a trade), .Expiry, .Risk (margin, stops, ruin) and .Decisions (targets to orders, the leverage cap).
/// Most days none of the steps before the close has anything to do: Simulation.QuietDays runs stretches of such days in
/// one pass each, to the same numbers, and <see cref="RunDay"/> runs every other day step by step.
/// </remarks>
internal sealed partial class Simulation
{
    private const double QuantityEpsilon = 1e-9;

    private readonly PricePanel _panel;

    // The panel's arrays the day loop reads most, held here: one load each rather than two.
    private readonly double[] _close;
    private readonly double[] _actual360;
    private readonly bool[] _eventDays;
    private readonly IStrategy _strategy;
    private readonly EngineSettings _settings;
    private readonly CostModels _models;
    private readonly int _tickers;
    private readonly int _days;
    private readonly bool[] _decisionDays;
    private readonly TargetBook _book;
    private readonly OptionBook _options;

    // The account.
    private readonly double[] _quantity;
    private readonly double[] _entryPrice;
    private readonly double[] _pending;
    private readonly TradeReason[] _pendingReason;
    private readonly bool[] _stopped;
    private readonly bool[] _toldNotTrading;
    private readonly double[] _target;
    private readonly bool[] _hasTarget;
    private double _cash;
    private bool _marginCallPending;
    private double _optionValue;
    private double _optionDelta;
    private double _requirement;

    // Whether any order waits for a fill: most days none does, and the fill step is skipped.
    private bool _ordersPending;

    // Borrow rates: the rate of ticker i in force at close t is _feeRates[i * _feeRowStride + t * _feeDayStride] (a
    // constant model's array holds one rate per ticker: strides 1 and 0).
    private readonly double[] _feeRates;
    private readonly int _feeRowStride;
    private readonly int _feeDayStride;
    private readonly double[] _nightRates;

    // The stock loan: rebates and shares available (ticker-major, NaN none; null when the data gives none), recalls and
    // fee stresses by day, and the day each recalled ticker may be shorted again (empty without loan events).
    private readonly double[]? _rebates;
    private readonly double[]? _available;
    private readonly IReadOnlyList<LoanEvent> _loanEvents;
    private int _nextLoanEvent;
    private int _loanEventDay;
    private readonly int[] _shortBlockedUntil;
    private readonly double[] _longMargin;
    private readonly double[] _shortMargin;

    // What the run spent.
    private double _commission;
    private double _slippage;
    private double _borrow;
    private double _dividendsPaid;
    private double _dividendsReceived;
    private double _interest;
    private double _rebate;
    private double _marginInterest;
    private int _marginCalls;
    private int _stops;
    private readonly double[] _borrowByTicker;
    private readonly double[] _rebateByTicker;
    private readonly double[] _dividendsByTicker;

    // What the run records.
    private readonly double[] _equityAt;
    private readonly double[] _cashAt;
    private readonly double[] _longAt;
    private readonly double[] _shortAt;
    private readonly double[] _optionValueAt;
    private readonly double[] _optionDeltaAt;
    private readonly double[] _positions;
    private readonly List<Trade> _trades;
    private readonly List<RunEvent> _events;

    public Simulation(PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels models, Func<OptionMarks> marks, RunBuffers buffers, bool stepEveryDay = false)
    {
        buffers.Prepare(panel.DayCount, panel.TickerCount);
        _trades = buffers.Trades;
        _events = buffers.Events;
        _panel = panel;
        _close = panel.Close;
        _actual360 = panel.Actual360;
        _eventDays = panel.EventDays;
        _strategy = strategy;
        _settings = settings;
        _models = models;
        _tickers = panel.TickerCount;
        _days = panel.DayCount;
        _decisionDays = panel.DecisionDays(strategy.Schedule);
        _book = new TargetBook(_tickers);
        _options = new OptionBook(panel, marks, _events);
        _quantity = new double[_tickers];
        _entryPrice = new double[_tickers];
        _pending = new double[_tickers];
        _pendingReason = new TradeReason[_tickers];
        _stopped = new bool[_tickers];
        _toldNotTrading = new bool[_tickers];
        _target = new double[_tickers];
        _hasTarget = new bool[_tickers];
        _longMargin = new double[_tickers];
        _shortMargin = new double[_tickers];
        for (int i = 0; i < _tickers; i++)
        {
            // The margin model's rates do not change during a run: asked once, not for every position every day.
            _longMargin[i] = models.Margin.MaintenanceRate(i, isShort: false);
            _shortMargin[i] = models.Margin.MaintenanceRate(i, isShort: true);
        }

        (_feeRates, _feeRowStride, _feeDayStride) = FeeRates(models.Borrow);
        _nightRates = _feeDayStride == 0 ? _feeRates : new double[_tickers];
        StockLoan loan = models.Loan;
        _rebates = loan.Rebates;
        _available = loan.Available;
        _loanEvents = loan.Events;
        _loanEventDay = _loanEvents.Count > 0 ? _loanEvents[0].Day : int.MaxValue;
        _shortBlockedUntil = _loanEvents.Count > 0 ? new int[_tickers] : [];

        _borrowByTicker = new double[_tickers];
        _rebateByTicker = _rebates is null ? [] : new double[_tickers];
        _dividendsByTicker = new double[_tickers];
        _cash = settings.Capital;
        _equityAt = buffers.Equity;
        _cashAt = buffers.Cash;
        _longAt = buffers.LongValue;
        _shortAt = buffers.ShortValue;
        _optionValueAt = buffers.OptionValue;
        _optionDeltaAt = buffers.OptionDelta;
        _positions = buffers.Positions;
        _daysRun = _days;
        _quietDaysPossible = settings.Fill == FillTiming.Open && _rebates is null && !stepEveryDay;
    }

    // A constant rate is asked once per ticker; a dated one is read from the model's laid-out rates, or asked once per
    // ticker and day here.
    private (double[] Rates, int RowStride, int DayStride) FeeRates(IBorrowFeeModel borrow)
    {
        if (!borrow.VariesByDay)
        {
            var rates = new double[_tickers];
            for (int i = 0; i < _tickers; i++)
            {
                rates[i] = borrow.AnnualRate(i, 0);
            }

            return (rates, 1, 0);
        }

        if (borrow.RatesByDay is { } laidOut && laidOut.Length == _tickers * _days)
        {
            return (laidOut, _days, 1);
        }

        var byDay = new double[_tickers * _days];
        for (int i = 0; i < _tickers; i++)
        {
            for (int t = 0; t < _days; t++)
            {
                byDay[(i * _days) + t] = borrow.AnnualRate(i, t);
            }
        }

        return (byDay, _days, 1);
    }

    private bool FillAtClose => _settings.Fill == FillTiming.Close;

    // How far the run got: every day, or to the day of its ruin.
    private int _daysRun;
    private bool _ruined;

    public BacktestResult Run()
    {
        int t = 0;
        while (t < _days && !_ruined)
        {
            if (t > 0 && CanRunQuietly(t))
            {
                t = RunQuietDays(t);
            }
            else
            {
                RunDay(t++);
            }
        }

        int daysRun = _daysRun;
        return new BacktestResult(
            _panel,
            _settings.Capital,
            daysRun,
            Trim(_equityAt, daysRun),
            Trim(_cashAt, daysRun),
            Trim(_longAt, daysRun),
            Trim(_shortAt, daysRun),
            _positions,
            _trades,
            _events,
            new CostTotals(_commission, _slippage, _borrow, _dividendsPaid, _dividendsReceived, _interest, _marginCalls, _stops)
            {
                BorrowRebate = _rebate,
                MarginInterest = _marginInterest,
            },
            _borrowByTicker,
            _dividendsByTicker,
            _ruined)
        {
            Options = _options.All,
            OptionValue = Trim(_optionValueAt, daysRun),
            OptionDeltaValue = Trim(_optionDeltaAt, daysRun),
            TickerBorrowRebates = _rebateByTicker,
        };
    }

    // One day with every step: overnight financing and corporate actions, fills at the open, expiries, the close.
    private void RunDay(int t)
    {
        if (t > 0)
        {
            AccrueFinancing(t);
            if (_eventDays[t])
            {
                ApplySplits(t);
                PayDividends(t);
            }
        }

        if (t == _loanEventDay)
        {
            ApplyLoanEvents(t);
        }

        if (t > 0 && !FillAtClose)
        {
            if (_ordersPending)
            {
                FillPending(t, atOpen: true);
            }

            if (_marginCallPending)
            {
                CutIfCalled(t, atOpen: true);
            }
        }

        if (_options.Count > 0)
        {
            SettleExpiries(t);
        }

        double equity = Value(t, out double longValue, out double shortValue);
        if (!double.IsFinite(equity))
        {
            throw NotFinite(t, equity, longValue, shortValue);
        }

        if (equity <= 0)
        {
            EndInRuin(t, equity);
            return;
        }

        CheckMargin(t, equity, longValue, shortValue);
        if (_settings.StopLoss > 0)
        {
            CheckStops(t);
        }

        if (_decisionDays[t] && (FillAtClose || t < _days - 1))
        {
            Decide(t, equity);
        }

        // Deciding only queues orders; with fill=open the book is as valued above until tomorrow's open.
        if (FillAtClose)
        {
            if (_ordersPending)
            {
                FillPending(t, atOpen: false);
            }

            CutIfCalled(t, atOpen: false);
            SettleExpiries(t);
            equity = Value(t, out longValue, out shortValue);
            if (!double.IsFinite(equity))
            {
                throw NotFinite(t, equity, longValue, shortValue);
            }
        }

        Record(t, equity, longValue, shortValue);
    }

    private double Price(double[] prices, int i, int t) => prices[(i * _days) + t];

    private double Close(int i, int t) => _close[(i * _days) + t];

    // Values the book at close t and, in the same pass, its maintenance requirement (kept in _requirement).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Value(int t, out double longValue, out double shortValue)
    {
        double longs = 0, shorts = 0, requirement = 0;
        double[] quantity = _quantity, close = _close, longMargin = _longMargin, shortMargin = _shortMargin;
        for (int i = 0; i < quantity.Length; i++)
        {
            double q = quantity[i];
            if (q > 0)
            {
                double value = q * close[(i * _days) + t];
                longs += value;
                requirement += longMargin[i] * value;
            }
            else if (q < 0)
            {
                double value = q * close[(i * _days) + t];
                shorts += value;
                requirement -= shortMargin[i] * value;
            }
        }

        longValue = longs;
        shortValue = shorts;
        _optionValue = 0;
        _optionDelta = 0;
        for (int k = 0; k < _options.Count; k++)
        {
            double contracts = _options.Contracts[k];
            if (contracts != 0)
            {
                OptionSeries series = _options.Series[k];
                double shares = contracts * OptionContract.Multiplier;
                _optionValue += shares * series.Mark(t);
                _optionDelta += shares * series.Delta(t) * Close(series.Underlying, t);
            }
        }

        // A long option lends nothing: its whole value is required (it counts in equity, so it nets to zero).
        _requirement = requirement + (MaintenanceMarginModel.LongOptionRate * _optionValue);
        return _cash + longValue + shortValue + _optionValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Record(int t, double equity, double longValue, double shortValue)
    {
        _equityAt[t] = equity;
        _cashAt[t] = _cash;
        _longAt[t] = longValue;
        _shortAt[t] = shortValue;
        _optionValueAt[t] = _optionValue;
        _optionDeltaAt[t] = _optionDelta;
        double[] quantity = _quantity, positions = _positions;
        for (int i = 0; i < quantity.Length; i++)
        {
            positions[(i * _days) + t] = quantity[i];
        }
    }

    // Bounded prices and capital keep every sum finite; should one still overflow, the run stops with the day and the
    // account's parts rather than write infinities and NaNs into its results.
    private InputException NotFinite(int t, double equity, double longValue, double shortValue) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the account stopped being a finite number at the close of {_panel.Dates[t]:yyyy-MM-dd} (equity {equity:G6}: cash {_cash:G6}, ") +
            string.Create(CultureInfo.InvariantCulture, $"longs {longValue:G6}, shorts {shortValue:G6}, options {_optionValue:G6}); the prices or settings are too large to add up in double precision."));

    private void Log(int t, RunEventKind kind, string message) => _events.Add(new RunEvent(t, kind, message));

    // An event whose words are written only if someone reads them (a sweep does not).
    private void Log(int t, RunEventKind kind, Func<string> describe) => _events.Add(new RunEvent(t, kind, describe));

    private static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Count(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static double[] Trim(double[] values, int length) => length == values.Length ? values : values[..length];
}
