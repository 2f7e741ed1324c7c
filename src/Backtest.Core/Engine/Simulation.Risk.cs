using System.Runtime.CompilerServices;
using Backtest.Core.Costs;
using Backtest.Core.Margin;
using Backtest.Core.Options;

namespace Backtest.Core.Engine;

/// <summary>Risk: the maintenance margin and its cut, per-position stops, and ruin.</summary>
internal sealed partial class Simulation
{
    // Against the requirement Value worked out at this close; the call itself (rare) is out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckMargin(int t, double equity, double longValue, double shortValue)
    {
        if (equity < _requirement)
        {
            CallMargin(t, equity, longValue, shortValue);
        }
    }

    private void CallMargin(int t, double equity, double longValue, double shortValue)
    {
        _marginCalls++;
        _marginCallPending = true;
        string when = FillAtClose ? "at this close" : "at the next open";
        double requirement = _requirement, optionValue = _optionValue;
        Log(t, RunEventKind.MarginCall, () =>
            $"margin call: equity {Money(equity)} is below the maintenance requirement {Money(requirement)} " +
            $"(long {Money(longValue)}, short {Money(-shortValue)}{(optionValue == 0 ? string.Empty : $", options {Money(optionValue)}")}); positions are cut {when}");
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
                _ordersPending = true;
                _pendingReason[i] = TradeReason.Stop;
                Log(t, RunEventKind.Stop, $"stop: {_panel.Tickers[i]} lost {loss:P1} of its entry price {Money(_entryPrice[i])} (close {Money(close)}); " +
                    "it is closed and not re-entered");
            }
        }
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
            double required = (q < 0 ? _shortMargin[i] : _longMargin[i]) * Math.Abs(q) * price;
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

    // Equity at or below zero at close t: everything is closed at this close, the day recorded and the run ends.
    private void EndInRuin(int t, double equity)
    {
        Ruin(t, equity);
        Record(t, Value(t, out double longValue, out double shortValue), longValue, shortValue);
        _daysRun = t + 1;
        _ruined = true;
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
}
