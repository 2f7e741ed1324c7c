using Backtest.Core.Costs;
using Backtest.Core.Options;

namespace Backtest.Core.Engine;

/// <summary>Fills: orders at the open or close, and the one place cash moves for a trade.</summary>
internal sealed partial class Simulation
{
    private void FillPending(int t, bool atOpen)
    {
        // Orders for instruments without a bar today wait for the next: the flag stays up while any does.
        bool waiting = false;
        double[] prices = atOpen ? _panel.Open : _panel.Close;
        for (int i = 0; i < _tickers; i++)
        {
            if (_pending[i] == 0)
            {
                continue;
            }

            if (!_panel.HasBar(i, t))
            {
                waiting = true;
                continue;
            }

            double quantity = _pendingReason[i] == TradeReason.Stop ? -_quantity[i] : _pending[i];
            _pending[i] = 0;
            if (quantity < 0 && _pendingReason[i] == TradeReason.Rebalance)
            {
                quantity = WithinBorrowLimit(i, t, quantity);
            }

            Execute(i, t, quantity, Price(prices, i, t), _pendingReason[i]);
        }

        for (int k = 0; k < _options.Count; k++)
        {
            double contracts = _options.Pending[k];
            if (contracts == 0)
            {
                continue;
            }

            OptionSeries series = _options.Series[k];
            if (!series.Covers(t))
            {
                // Ordered at its expiry close to fill at the next open: the contract no longer exists.
                _options.Pending[k] = 0;
                Log(t, RunEventKind.NotTrading, $"{series.Contract.Name} expired before the order could fill; the order is dropped");
                continue;
            }

            if (!_panel.HasBar(series.Underlying, t))
            {
                waiting = true;
                continue;
            }

            _options.Pending[k] = 0;
            ExecuteOption(k, t, contracts, OptionMid(k, t, atOpen), _options.PendingReason[k]);
        }

        _ordersPending = waiting;
    }

    // The model price an option trades around: at the open, repriced on the open; at the close, its mark.
    private double OptionMid(int k, int t, bool atOpen)
    {
        OptionSeries series = _options.Series[k];
        return atOpen ? _options.Marks.PriceAtOpen(series, t) : series.Mark(t);
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
        else if (before == 0 || (after > 0) != (before > 0))
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
}
