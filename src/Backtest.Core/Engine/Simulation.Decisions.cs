using System.Globalization;
using Backtest.Core.Options;
using Backtest.Core.Strategies;

namespace Backtest.Core.Engine;

/// <summary>The strategy's decision, turned into orders for shares and contracts within the leverage cap.</summary>
internal sealed partial class Simulation
{
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
                _ordersPending = true;
                _pendingReason[i] = TradeReason.Rebalance;
            }
        }

        for (int k = 0; k < _options.Count; k++)
        {
            if (_options.HasTarget[k])
            {
                _options.Pending[k] = _options.Target[k] - _options.Contracts[k];
                _ordersPending = true;
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

        double leverageCap = _settings.LeverageCap, asked = (baseGross + extraGross) / equity;
        Log(t, RunEventKind.LeverageCapped, () => $"orders scaled to {scale:P1} of their size to keep gross exposure within " +
            $"{leverageCap.ToString("0.##", CultureInfo.InvariantCulture)}x equity (asked {asked:0.00}x)");
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
        if (q == 0 || target == 0 || (q > 0) != (target > 0))
        {
            return (0, target);
        }

        return Math.Abs(target) <= Math.Abs(q) ? (target, 0) : (q, target - q);
    }

    private double RoundQuantity(double quantity) => _settings.Fractional ? quantity : Math.Truncate(quantity);
}
