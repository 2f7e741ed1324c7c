using Backtest.Core.Costs;
using Backtest.Core.Margin;

namespace Backtest.Core.Engine;

/// <summary>The cost and margin models a run uses: the seams where another broker's terms plug in.</summary>
/// <param name="Fees">Commissions.</param>
/// <param name="Slippage">Slippage.</param>
/// <param name="Borrow">Borrow fees on shorts.</param>
/// <param name="Margin">Maintenance margin.</param>
public sealed record CostModels(IFeeModel Fees, ISlippageModel Slippage, IBorrowFeeModel Borrow, IMarginModel Margin)
{
    /// <summary>The models <paramref name="settings"/> describe, for the panel's <paramref name="tickers"/>.</summary>
    public static CostModels From(EngineSettings settings, IReadOnlyList<string> tickers)
    {
        var rates = new double[tickers.Count];
        for (int i = 0; i < rates.Length; i++)
        {
            rates[i] = settings.BorrowFee.For(tickers[i]);
        }

        return new CostModels(
            new PerShareFeeModel(settings.CommissionPerShare, settings.CommissionMin, settings.CommissionMaxPct / 100),
            settings.SlippageBps == 0 ? NullSlippageModel.Instance : new BasisPointSlippageModel(settings.SlippageBps),
            new ConstantBorrowFeeModel(rates),
            new MaintenanceMarginModel(settings.MarginLong, settings.MarginShort));
    }
}
