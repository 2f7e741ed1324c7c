using System.Globalization;
using Backtest.Core.Costs;
using Backtest.Core.Data;
using Backtest.Core.Margin;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;
using Backtest.Core.Strategies;

namespace Backtest.Core.Engine;

/// <summary>The daily loop, and the one place where a run's money changes hands.</summary>
/// <remarks>
/// Each day, in order: accrue the night's borrow fees and cash interest (Actual/360 on the previous close's book),
/// pay dividends on the ex-date to the positions held at the previous close, fill pending orders at the open
/// (and cut positions if a margin call is pending), settle the options expiring at this close, value the book at the
/// close, stop on ruin, check the maintenance margin and the stops, let the strategy decide, and (with
/// <see cref="FillTiming.Close"/>) fill at the close. Shares and option contracts are two kinds of instrument in the
/// same steps: an option is priced from <see cref="OptionMarks"/>, paid in full, and settles at its expiry close.
/// Everything is preallocated: a day allocates nothing unless it trades, logs an event or asks for a new contract.
/// </remarks>
internal sealed class Simulation
{
    private const double QuantityEpsilon = 1e-9;

    private readonly PricePanel _panel;
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

    // What the run spent.
    private double _commission;
    private double _slippage;
    private double _borrow;
    private double _dividendsPaid;
    private double _dividendsReceived;
    private double _interest;
    private int _marginCalls;
    private int _stops;
    private readonly double[] _borrowByTicker;
    private readonly double[] _dividendsByTicker;

    // What the run records.
    private readonly double[] _equityAt;
    private readonly double[] _cashAt;
    private readonly double[] _longAt;
    private readonly double[] _shortAt;
    private readonly double[] _optionValueAt;
    private readonly double[] _optionDeltaAt;
    private readonly double[] _positions;
    private readonly List<Trade> _trades = new(64);
    private readonly List<RunEvent> _events = new(16);

    public Simulation(PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels models, Func<OptionMarks> marks)
    {
        _panel = panel;
        _strategy = strategy;
        _settings = settings;
        _models = models;
        _tickers = panel.TickerCount;
        _days = panel.DayCount;
        _decisionDays = strategy.Schedule.DecisionDays(panel.Dates);
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
        _borrowByTicker = new double[_tickers];
        _dividendsByTicker = new double[_tickers];
        _cash = settings.Capital;
        _equityAt = new double[_days];
        _cashAt = new double[_days];
        _longAt = new double[_days];
        _shortAt = new double[_days];
        _optionValueAt = new double[_days];
        _optionDeltaAt = new double[_days];
        _positions = new double[_tickers * _days];
    }

    private bool FillAtClose => _settings.Fill == FillTiming.Close;

    public BacktestResult Run()
    {
        int daysRun = _days;
        bool ruined = false;
        for (int t = 0; t < _days; t++)
        {
            if (t > 0)
            {
                AccrueFinancing(t);
                ApplySplits(t);
                PayDividends(t);
                if (!FillAtClose)
                {
                    FillPending(t, atOpen: true);
                    CutIfCalled(t, atOpen: true);
                }
            }

            SettleExpiries(t);
            double equity = Value(t, out double longValue, out double shortValue);
            if (equity <= 0)
            {
                Ruin(t, equity);
                Record(t, Value(t, out longValue, out shortValue), longValue, shortValue);
                daysRun = t + 1;
                ruined = true;
                break;
            }

            CheckMargin(t, equity, longValue, shortValue);
            CheckStops(t);
            if (_decisionDays[t] && (FillAtClose || t < _days - 1))
            {
                Decide(t, equity);
            }

            // Deciding only queues orders; with fill=open the book is as valued above until tomorrow's open.
            if (FillAtClose)
            {
                FillPending(t, atOpen: false);
                CutIfCalled(t, atOpen: false);
                SettleExpiries(t);
                equity = Value(t, out longValue, out shortValue);
            }

            Record(t, equity, longValue, shortValue);
        }

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
            new CostTotals(_commission, _slippage, _borrow, _dividendsPaid, _dividendsReceived, _interest, _marginCalls, _stops),
            _borrowByTicker,
            _dividendsByTicker,
            ruined)
        {
            Options = _options.All,
            OptionValue = Trim(_optionValueAt, daysRun),
            OptionDeltaValue = Trim(_optionDeltaAt, daysRun),
        };
    }

    private double Price(double[] prices, int i, int t) => prices[(i * _days) + t];

    private double Close(int i, int t) => _panel.Close[(i * _days) + t];

    // Borrow fees and cash interest for the calendar days since the last close, on the book as it stood then:
    // a position held over a weekend pays three days on Monday.
    private void AccrueFinancing(int t)
    {
        int calendarDays = _panel.DayNumbers[t] - _panel.DayNumbers[t - 1];
        if (_cash > 0 && _settings.CashRate != 0)
        {
            double interest = Accrual.Actual360(_cash, _settings.CashRate, calendarDays);
            _cash += interest;
            _interest += interest;
        }

        for (int i = 0; i < _tickers; i++)
        {
            if (_quantity[i] < 0)
            {
                double shortValue = -_quantity[i] * Price(_panel.Close, i, t - 1);
                double fee = Accrual.Actual360(shortValue, _models.Borrow.AnnualRate(i, t), calendarDays);
                _cash -= fee;
                _borrow += fee;
                _borrowByTicker[i] += fee;
            }
        }
    }

    // A split takes effect before the open: positions, their entry prices and the orders decided on pre-split prices
    // are resized so that nothing changes in value. With whole shares, the fraction a reverse split leaves is
    // settled in cash at the previous close, as a broker pays cash in lieu.
    private void ApplySplits(int t)
    {
        for (int i = 0; i < _tickers; i++)
        {
            double ratio = Price(_panel.Splits, i, t);
            if (ratio == 0)
            {
                continue;
            }

            double before = _quantity[i];
            double after = before * ratio;
            if (!_settings.Fractional)
            {
                double whole = Math.Truncate(after);
                _cash += (after - whole) * Price(_panel.Close, i, t - 1) / ratio;
                after = whole;
            }

            _quantity[i] = after;
            _entryPrice[i] /= ratio;
            _pending[i] = _settings.Fractional ? _pending[i] * ratio : Math.Truncate(_pending[i] * ratio);
            if (before != 0)
            {
                Log(t, RunEventKind.Split, $"split: {_panel.Tickers[i]} {ratio.ToString("0.####", CultureInfo.InvariantCulture)} for 1; " +
                    $"{before.ToString("#,0.####", CultureInfo.InvariantCulture)} shares became {after.ToString("#,0.####", CultureInfo.InvariantCulture)}");
            }
        }
    }

    // On the ex-date, whoever held the position at the previous close receives (long) or pays (short) the dividend.
    private void PayDividends(int t)
    {
        for (int i = 0; i < _tickers; i++)
        {
            double dividend = Price(_panel.Dividends, i, t);
            if (dividend == 0 || _quantity[i] == 0)
            {
                continue;
            }

            double amount = _quantity[i] * dividend;
            _cash += amount;
            _dividendsByTicker[i] += amount;
            if (amount > 0)
            {
                _dividendsReceived += amount;
            }
            else
            {
                _dividendsPaid -= amount;
            }
        }
    }

    // Settles every option whose expiry close this is. In the money, it is exercised and the delivered shares closed at
    // this close: it leaves the book at its intrinsic value less that stock trade's commission and slippage (an exercise
    // that would not cover them is not worth making, and the option expires). Out of the money, it expires worthless.
    private void SettleExpiries(int t)
    {
        for (int k = 0; k < _options.Count; k++)
        {
            OptionSeries series = _options.Series[k];
            if (series.ExpiryDay != t)
            {
                continue;
            }

            _options.Pending[k] = 0;
            double contracts = _options.Contracts[k];
            if (contracts == 0)
            {
                continue;
            }

            int i = series.Underlying;
            double spot = Close(i, t);
            double intrinsic = series.Mark(t);
            double shares = contracts * OptionContract.Multiplier;
            var delivered = new TradeInfo(i, t, series.Contract.Right == OptionRight.Put ? shares : -shares, spot);
            double fill = _models.Slippage.FillPrice(delivered);
            double commission = _models.Fees.Commission(delivered, fill);
            double slippagePerShare = Math.Abs(fill - spot);
            OptionContract contract = series.Contract;
            if (intrinsic > 0 && (shares * (intrinsic - slippagePerShare)) - commission > 0)
            {
                Book(t, _tickers + k, -contracts, intrinsic - slippagePerShare, commission, shares * slippagePerShare, TradeReason.Exercise, OptionContract.Multiplier);
                _options.Contracts[k] = 0;
                Log(t, RunEventKind.Expiry, $"expiry: {contract.Name}, {Count(contracts)} contracts in the money by {Money(intrinsic)} (spot {Money(spot)}); " +
                    $"exercised and the {Count(shares)} delivered shares closed at this close: {Money(shares * intrinsic)} less {Money((shares * slippagePerShare) + commission)} of costs");
            }
            else
            {
                Book(t, _tickers + k, -contracts, 0, 0, 0, TradeReason.Expiry, OptionContract.Multiplier);
                _options.Contracts[k] = 0;
                Log(t, RunEventKind.Expiry, $"expiry: {contract.Name}, {Count(contracts)} contracts expired worthless (spot {Money(spot)}, strike {Money(contract.Strike)})");
            }
        }
    }

    private double Value(int t, out double longValue, out double shortValue)
    {
        longValue = 0;
        shortValue = 0;
        for (int i = 0; i < _tickers; i++)
        {
            double q = _quantity[i];
            if (q > 0)
            {
                longValue += q * Close(i, t);
            }
            else if (q < 0)
            {
                shortValue += q * Close(i, t);
            }
        }

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

        return _cash + longValue + shortValue + _optionValue;
    }

    private void CheckMargin(int t, double equity, double longValue, double shortValue)
    {
        double requirement = RequirementAtClose(t);
        if (equity >= requirement)
        {
            return;
        }

        _marginCalls++;
        _marginCallPending = true;
        string when = FillAtClose ? "at this close" : "at the next open";
        string options = _optionValue == 0 ? string.Empty : $", options {Money(_optionValue)}";
        Log(t, RunEventKind.MarginCall, $"margin call: equity {Money(equity)} is below the maintenance requirement {Money(requirement)} " +
            $"(long {Money(longValue)}, short {Money(-shortValue)}{options}); positions are cut {when}");
    }

    private double RequirementAtClose(int t)
    {
        double requirement = 0;
        for (int i = 0; i < _tickers; i++)
        {
            double q = _quantity[i];
            if (q != 0)
            {
                requirement += _models.Margin.MaintenanceRate(i, q < 0) * Math.Abs(q) * Close(i, t);
            }
        }

        // A long option lends nothing: its whole value is required (it counts in equity, so it nets to zero).
        return requirement + (MaintenanceMarginModel.LongOptionRate * _optionValue);
    }

    private void CheckStops(int t)
    {
        if (_settings.StopLoss <= 0)
        {
            return;
        }

        // Stops watch share positions: a long option's loss is capped at its premium.
        for (int i = 0; i < _tickers; i++)
        {
            double q = _quantity[i];
            if (q == 0 || _stopped[i])
            {
                continue;
            }

            double close = Close(i, t);
            double loss = q > 0 ? (_entryPrice[i] - close) / _entryPrice[i] : (close - _entryPrice[i]) / _entryPrice[i];
            if (loss > _settings.StopLoss)
            {
                _stopped[i] = true;
                _stops++;
                _pending[i] = -q;
                _pendingReason[i] = TradeReason.Stop;
                Log(t, RunEventKind.Stop, $"stop: {_panel.Tickers[i]} lost {loss:P1} of its entry price {Money(_entryPrice[i])} (close {Money(close)}); " +
                    "it is closed and not re-entered");
            }
        }
    }

    private void Decide(int t, double equity)
    {
        _book.Clear();
        var context = new DecisionContext(_panel, t, _quantity, _options, _cash, equity);
        _strategy.Decide(in context, _book);
        if (_book.Used > _tickers + _options.Count)
        {
            throw new InvalidOperationException($"{_strategy.GetType().Name} set a target for instrument {_book.Used - 1}, which is neither a ticker " +
                $"(0..{_tickers - 1}) nor an option it asked for ({_options.Count} so far)");
        }

        bool any = DecideShares(t, equity);
        any |= DecideOptions(t, equity);
        if (!any)
        {
            return;
        }

        CapLeverage(t, equity);
        for (int i = 0; i < _tickers; i++)
        {
            if (_hasTarget[i])
            {
                _pending[i] = _target[i] - _quantity[i];
                _pendingReason[i] = TradeReason.Rebalance;
            }
        }

        for (int k = 0; k < _options.Count; k++)
        {
            if (_options.HasTarget[k])
            {
                _options.Pending[k] = _options.Target[k] - _options.Contracts[k];
                _options.PendingReason[k] = TradeReason.Rebalance;
            }
        }
    }

    private bool DecideShares(int t, double equity)
    {
        bool any = false;
        for (int i = 0; i < _tickers; i++)
        {
            _hasTarget[i] = false;
            TargetKind kind = _book.KindOf(i);
            if (kind == TargetKind.None || !CanTarget(i, t))
            {
                continue;
            }

            double value = _book.ValueOf(i);
            double target = kind switch
            {
                TargetKind.Weight => value * equity / Close(i, t),
                TargetKind.Quantity => value,
                _ => _quantity[i] + RoundQuantity(value),
            };
            _target[i] = RoundQuantity(target);
            _hasTarget[i] = true;
            any = true;
        }

        return any;
    }

    // Contracts are whole; a weight is the premium value's share of equity; a negative target would write the option.
    private bool DecideOptions(int t, double equity)
    {
        bool any = false;
        for (int k = 0; k < _options.Count; k++)
        {
            _options.HasTarget[k] = false;
            TargetKind kind = _book.KindOf(_tickers + k);
            OptionSeries series = _options.Series[k];
            if (kind == TargetKind.None || !series.Covers(t) || !CanTarget(series.Underlying, t))
            {
                continue;
            }

            double value = _book.ValueOf(_tickers + k);
            double mark = series.Mark(t);
            if (kind == TargetKind.Weight && mark <= 0)
            {
                continue;
            }

            double target = Math.Truncate(kind switch
            {
                TargetKind.Weight => value * equity / (OptionContract.Multiplier * mark),
                TargetKind.Quantity => value,
                _ => _options.Contracts[k] + Math.Truncate(value),
            });
            if (target < 0)
            {
                throw OptionErrors.Writing(series.Contract, target);
            }

            _options.Target[k] = target;
            _options.HasTarget[k] = true;
            any = true;
        }

        return any;
    }

    private bool CanTarget(int i, int t)
    {
        if (_stopped[i])
        {
            return false;
        }

        if (_panel.IsLive(i, t))
        {
            return true;
        }

        if (!_toldNotTrading[i])
        {
            _toldNotTrading[i] = true;
            string why = t < _panel.FirstDay[i]
                ? $"has no price before {_panel.Dates[Math.Min(_panel.FirstDay[i], _days - 1)]:yyyy-MM-dd}"
                : "has no more data";
            Log(t, RunEventKind.NotTrading, $"{_panel.Tickers[i]} {why}; orders for it are dropped until it trades");
        }

        return false;
    }

    // Scales the exposure-adding part of the targets so that gross exposure stays within the cap. Each target is
    // split into a part that reduces the position toward zero (always allowed) and a part that adds exposure
    // away from zero (scaled by s); gross is then linear in s, so s has a closed form. An option counts at its
    // premium value, the money it puts at risk.
    private void CapLeverage(int t, double equity)
    {
        double baseGross = 0, extraGross = 0;
        for (int i = 0; i < _tickers + _options.Count; i++)
        {
            (double q, double target, double price) = GrossTerms(i, t);
            if (q == 0 && target == 0)
            {
                continue;
            }

            (double reduced, double added) = Split(q, target);
            baseGross += Math.Abs(reduced) * price;
            extraGross += Math.Abs(added) * price;
        }

        double cap = _settings.LeverageCap * equity;
        if (baseGross + extraGross <= cap * (1 + 1e-12) || extraGross == 0)
        {
            return;
        }

        double scale = Math.Max(0, (cap - baseGross) / extraGross);
        for (int i = 0; i < _tickers; i++)
        {
            if (_hasTarget[i])
            {
                (double reduced, double added) = Split(_quantity[i], _target[i]);
                _target[i] = RoundQuantity(reduced + (scale * added));
            }
        }

        for (int k = 0; k < _options.Count; k++)
        {
            if (_options.HasTarget[k])
            {
                (double reduced, double added) = Split(_options.Contracts[k], _options.Target[k]);
                _options.Target[k] = Math.Truncate(reduced + (scale * added));
            }
        }

        Log(t, RunEventKind.LeverageCapped, $"orders scaled to {scale:P1} of their size to keep gross exposure within " +
            $"{_settings.LeverageCap.ToString("0.##", CultureInfo.InvariantCulture)}x equity (asked {(baseGross + extraGross) / equity:0.00}x)");
    }

    // An instrument's held quantity, its target (the held one when none) and its value per unit at close t.
    private (double Quantity, double Target, double Price) GrossTerms(int i, int t)
    {
        if (i < _tickers)
        {
            return (_quantity[i], _hasTarget[i] ? _target[i] : _quantity[i], Close(i, t));
        }

        int k = i - _tickers;
        double held = _options.Contracts[k];
        OptionSeries series = _options.Series[k];
        double price = series.Covers(t) ? OptionContract.Multiplier * series.Mark(t) : 0;
        return (held, _options.HasTarget[k] ? _options.Target[k] : held, price);
    }

    // (toward zero, away from zero): moving from q to target first reduces |q|, then adds on the target's side.
    private static (double Reduced, double Added) Split(double q, double target)
    {
        if (q == 0 || Math.Sign(q) != Math.Sign(target))
        {
            return (0, target);
        }

        return Math.Abs(target) <= Math.Abs(q) ? (target, 0) : (q, target - q);
    }

    private double RoundQuantity(double quantity) => _settings.Fractional ? quantity : Math.Truncate(quantity);

    private void FillPending(int t, bool atOpen)
    {
        double[] prices = atOpen ? _panel.Open : _panel.Close;
        for (int i = 0; i < _tickers; i++)
        {
            if (_pending[i] == 0 || !_panel.HasBar(i, t))
            {
                continue;
            }

            double quantity = _pendingReason[i] == TradeReason.Stop ? -_quantity[i] : _pending[i];
            _pending[i] = 0;
            Execute(i, t, quantity, Price(prices, i, t), _pendingReason[i]);
        }

        for (int k = 0; k < _options.Count; k++)
        {
            double contracts = _options.Pending[k];
            OptionSeries series = _options.Series[k];
            if (contracts != 0 && !series.Covers(t))
            {
                // Ordered at its expiry close to fill at the next open: the contract no longer exists.
                _options.Pending[k] = 0;
                Log(t, RunEventKind.NotTrading, $"{series.Contract.Name} expired before the order could fill; the order is dropped");
                continue;
            }

            if (contracts == 0 || !_panel.HasBar(series.Underlying, t))
            {
                continue;
            }

            _options.Pending[k] = 0;
            ExecuteOption(k, t, contracts, OptionMid(k, t, atOpen), _options.PendingReason[k]);
        }
    }

    // The model price an option trades around: at the open, repriced on the open; at the close, its mark.
    private double OptionMid(int k, int t, bool atOpen)
    {
        OptionSeries series = _options.Series[k];
        return atOpen ? _options.Marks.AtOpen(series, t).Price : series.Mark(t);
    }

    // The cut is sized at the fill's own prices: if they have recovered enough, nothing is cut.
    private void CutIfCalled(int t, bool atOpen)
    {
        if (!_marginCallPending)
        {
            return;
        }

        _marginCallPending = false;
        double[] prices = atOpen ? _panel.Open : _panel.Close;
        double equity = _cash, requirement = 0, cuttable = 0, closeOutSlippage = 0;
        for (int i = 0; i < _tickers; i++)
        {
            double q = _quantity[i];
            if (q == 0)
            {
                continue;
            }

            double price = FillablePrice(prices, i, t);
            double required = _models.Margin.MaintenanceRate(i, q < 0) * Math.Abs(q) * price;
            equity += q * price;
            requirement += required;
            if (_panel.HasBar(i, t))
            {
                var info = new TradeInfo(i, t, -q, price);
                cuttable += required;
                closeOutSlippage += Math.Abs(q) * Math.Abs(_models.Slippage.FillPrice(info) - price);
            }
        }

        for (int k = 0; k < _options.Count; k++)
        {
            double contracts = _options.Contracts[k];
            if (contracts == 0)
            {
                continue;
            }

            OptionSeries series = _options.Series[k];
            bool tradable = _panel.HasBar(series.Underlying, t);
            double mid = tradable ? OptionMid(k, t, atOpen) : series.Mark(t);
            double shares = contracts * OptionContract.Multiplier;
            double required = MaintenanceMarginModel.LongOptionRate * shares * mid;
            equity += shares * mid;
            requirement += required;
            if (tradable)
            {
                cuttable += required;
                closeOutSlippage += shares * Math.Abs(_models.OptionSlippage.FillPrice(new TradeInfo(_tickers + k, t, -contracts, mid)) - mid);
            }
        }

        double fraction = MarginCall.CutFraction(equity, requirement, cuttable, closeOutSlippage, 0);
        if (fraction == 0)
        {
            Log(t, RunEventKind.MarginCall, "margin call met without a cut: prices recovered before the fill");
            return;
        }

        fraction = MarginCall.CutFraction(equity, requirement, cuttable, closeOutSlippage, CutCommission(t, prices, atOpen, fraction));
        for (int i = 0; i < _tickers; i++)
        {
            double q = _quantity[i];
            if (q != 0 && _panel.HasBar(i, t))
            {
                Execute(i, t, -Math.Sign(q) * CutSize(q, fraction, _settings.Fractional), Price(prices, i, t), TradeReason.MarginCall);
            }
        }

        for (int k = 0; k < _options.Count; k++)
        {
            double contracts = _options.Contracts[k];
            if (contracts != 0 && _panel.HasBar(_options.Series[k].Underlying, t))
            {
                ExecuteOption(k, t, -CutSize(contracts, fraction, fractional: false), OptionMid(k, t, atOpen), TradeReason.MarginCall);
            }
        }
    }

    // A ticker without a bar today has no open: it is valued, and required against, at its carried close.
    private double FillablePrice(double[] prices, int i, int t) =>
        _panel.HasBar(i, t) ? Price(prices, i, t) : Close(i, t);

    private double CutCommission(int t, double[] prices, bool atOpen, double fraction)
    {
        double commission = 0;
        for (int i = 0; i < _tickers; i++)
        {
            double q = _quantity[i];
            if (q != 0 && _panel.HasBar(i, t))
            {
                var info = new TradeInfo(i, t, -Math.Sign(q) * CutSize(q, fraction, _settings.Fractional), Price(prices, i, t));
                commission += _models.Fees.Commission(info, _models.Slippage.FillPrice(info));
            }
        }

        for (int k = 0; k < _options.Count; k++)
        {
            double contracts = _options.Contracts[k];
            if (contracts != 0 && _panel.HasBar(_options.Series[k].Underlying, t))
            {
                var info = new TradeInfo(_tickers + k, t, -CutSize(contracts, fraction, fractional: false), OptionMid(k, t, atOpen));
                commission += _models.OptionFees.Commission(info, _models.OptionSlippage.FillPrice(info));
            }
        }

        return commission;
    }

    // Whole shares (and contracts) are rounded up so that the cut restores the requirement, never less than asked.
    private static double CutSize(double q, double fraction, bool fractional)
    {
        double size = fraction * Math.Abs(q);
        return fractional ? size : Math.Min(Math.Ceiling(size - QuantityEpsilon), Math.Abs(q));
    }

    private void Ruin(int t, double equity)
    {
        Log(t, RunEventKind.Ruin, $"ruin: equity {Money(equity)} at the close; every position is closed and the run stops");
        for (int i = 0; i < _tickers; i++)
        {
            if (_quantity[i] != 0)
            {
                Execute(i, t, -_quantity[i], Close(i, t), TradeReason.Ruin);
            }
        }

        for (int k = 0; k < _options.Count; k++)
        {
            if (_options.Contracts[k] != 0)
            {
                ExecuteOption(k, t, -_options.Contracts[k], _options.Series[k].Mark(t), TradeReason.Ruin);
            }
        }
    }

    private void Execute(int i, int t, double quantity, double marketPrice, TradeReason reason)
    {
        if (quantity == 0)
        {
            return;
        }

        var info = new TradeInfo(i, t, quantity, marketPrice);
        double fillPrice = _models.Slippage.FillPrice(info);
        double commission = _models.Fees.Commission(info, fillPrice);
        Book(t, i, quantity, fillPrice, commission, Math.Abs(quantity) * Math.Abs(fillPrice - marketPrice), reason, 1);

        double before = _quantity[i];
        double after = before + quantity;
        if (Math.Abs(after) < QuantityEpsilon)
        {
            after = 0;
        }

        if (after == 0)
        {
            _entryPrice[i] = 0;
        }
        else if (before == 0 || Math.Sign(after) != Math.Sign(before))
        {
            _entryPrice[i] = fillPrice;
        }
        else if (Math.Abs(after) > Math.Abs(before))
        {
            _entryPrice[i] = ((_entryPrice[i] * Math.Abs(before)) + (fillPrice * Math.Abs(quantity))) / Math.Abs(after);
        }

        _quantity[i] = after;
    }

    private void ExecuteOption(int k, int t, double contracts, double mid, TradeReason reason)
    {
        if (contracts == 0)
        {
            return;
        }

        var info = new TradeInfo(_tickers + k, t, contracts, mid);
        double fillPrice = _models.OptionSlippage.FillPrice(info);
        double commission = _models.OptionFees.Commission(info, fillPrice);
        double shares = Math.Abs(contracts) * OptionContract.Multiplier;
        Book(t, _tickers + k, contracts, fillPrice, commission, shares * Math.Abs(fillPrice - mid), reason, OptionContract.Multiplier);
        _options.Contracts[k] += contracts;
    }

    // The one place cash moves for a fill: the trade's value and commission, and the run's cost totals.
    private void Book(int t, int instrument, double quantity, double price, double commission, double slippage, TradeReason reason, double multiplier)
    {
        _cash -= (quantity * multiplier * price) + commission;
        _commission += commission;
        _slippage += slippage;
        _trades.Add(new Trade(t, instrument, quantity, price, commission, slippage, reason, multiplier));
    }

    private void Record(int t, double equity, double longValue, double shortValue)
    {
        _equityAt[t] = equity;
        _cashAt[t] = _cash;
        _longAt[t] = longValue;
        _shortAt[t] = shortValue;
        _optionValueAt[t] = _optionValue;
        _optionDeltaAt[t] = _optionDelta;
        for (int i = 0; i < _tickers; i++)
        {
            _positions[(i * _days) + t] = _quantity[i];
        }
    }

    private void Log(int t, RunEventKind kind, string message) => _events.Add(new RunEvent(t, kind, message));

    private static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Count(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static double[] Trim(double[] values, int length) => length == values.Length ? values : values[..length];
}
