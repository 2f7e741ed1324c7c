using Backtest.Core.Costs;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Engine;

/// <summary>Options at their expiry close: exercised at intrinsic value, or expired worthless.</summary>
internal sealed partial class Simulation
{
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
                Log(t, RunEventKind.Expiry, $"expiry: {contract.Name}, {Count(contracts)} contracts in the money by {Money(intrinsic)} (spot {Money(spot)}); " +
                    $"exercised and the {Count(shares)} delivered shares closed at this close: {Money(shares * intrinsic)} less {Money((shares * slippagePerShare) + commission)} of costs");
            }
            else
            {
                Book(t, _tickers + k, -contracts, 0, 0, 0, TradeReason.Expiry, OptionContract.Multiplier);
                Log(t, RunEventKind.Expiry, $"expiry: {contract.Name}, {Count(contracts)} contracts expired worthless (spot {Money(spot)}, strike {Money(contract.Strike)})");
            }

            _options.Contracts[k] = 0;
        }
    }
}
