using Backtest.Core.Costs;
using Backtest.Core.Margin;
using Backtest.Core.Options;

namespace Backtest.Core.Engine;

/// <summary>The cost and margin models a run uses: the seams where another broker's terms plug in.</summary>
/// <param name="Fees">Commissions on shares.</param>
/// <param name="Slippage">Slippage on shares.</param>
/// <param name="Borrow">Borrow fees on shorts.</param>
/// <param name="Margin">Maintenance margin.</param>
public sealed record CostModels(IFeeModel Fees, ISlippageModel Slippage, IBorrowFeeModel Borrow, IMarginModel Margin)
{
    /// <summary>Commissions on option contracts (quantities in contracts, prices per share).</summary>
    public IFeeModel OptionFees { get; init; } = PerContractFeeModel.InteractiveBrokers;

    /// <summary>Where option fills land against the model price (the bid-ask spread).</summary>
    public ISlippageModel OptionSlippage { get; init; } = new BidAskSpreadModel(0.05);

    /// <summary>The models <paramref name="settings"/> and <paramref name="options"/> describe, for the panel's <paramref name="tickers"/>.</summary>
    public static CostModels From(EngineSettings settings, IReadOnlyList<string> tickers, OptionSettings? options = null)
    {
        var rates = new double[tickers.Count];
        for (int i = 0; i < rates.Length; i++)
        {
            rates[i] = settings.BorrowFee.For(tickers[i]);
        }

        options ??= new OptionSettings();
        return new CostModels(
            new PerShareFeeModel(settings.CommissionPerShare, settings.CommissionMin, settings.CommissionMaxPct / 100),
            settings.SlippageBps == 0 ? NullSlippageModel.Instance : new BasisPointSlippageModel(settings.SlippageBps),
            new ConstantBorrowFeeModel(rates),
            new MaintenanceMarginModel(settings.MarginLong, settings.MarginShort))
        {
            OptionFees = new PerContractFeeModel(options.OptionCommission, options.OptionCommissionMin),
            OptionSlippage = options.OptionSpread == 0 ? NullSlippageModel.Instance : new BidAskSpreadModel(options.OptionSpread),
        };
    }
}
