using Backtest.Core.Borrow;
using Backtest.Core.Costs;
using Backtest.Core.Data;
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

    /// <summary>The lender's side of the shorts: rebates, shares available, recalls, fee stresses. None by default.</summary>
    public StockLoan Loan { get; init; } = StockLoan.None;

    /// <summary>
    /// The models <paramref name="settings"/> and <paramref name="options"/> describe for <paramref name="panel"/>, with the
    /// dated borrow terms of <paramref name="borrowData"/> (null for none). Constant fees without stresses or data give a
    /// model the engine asks once per run.
    /// </summary>
    public static CostModels From(EngineSettings settings, PricePanel panel, OptionSettings? options = null, BorrowSchedule? borrowData = null)
    {
        StockLoan loan = StockLoan.From(settings, panel, borrowData);
        return From(settings, options, BorrowFees(settings, panel, borrowData, loan), loan);
    }

    /// <summary>The borrow-fee model of <paramref name="settings"/> and <paramref name="borrowData"/>, with <paramref name="loan"/>'s stresses: constant unless something is dated.</summary>
    internal static IBorrowFeeModel BorrowFees(EngineSettings settings, PricePanel panel, BorrowSchedule? borrowData, StockLoan loan)
    {
        var rates = new double[panel.TickerCount];
        for (int i = 0; i < rates.Length; i++)
        {
            rates[i] = settings.BorrowFee.For(panel.Tickers[i]);
        }

        return borrowData is null && settings.BorrowFee.DatedOverrides.Count == 0
            ? new ConstantBorrowFeeModel(rates)
            : new DatedBorrowFeeModel(borrowData, rates, panel.DayCount, loan.Events);
    }

    /// <summary>The trading models of <paramref name="settings"/> and <paramref name="options"/> (commissions, slippage, margin) with the given borrow terms.</summary>
    internal static CostModels From(EngineSettings settings, OptionSettings? options, IBorrowFeeModel borrow, StockLoan loan)
    {
        options ??= new OptionSettings();
        return new CostModels(
            new PerShareFeeModel(settings.CommissionPerShare, settings.CommissionMin, settings.CommissionMaxPct / 100),
            settings.SlippageBps == 0 ? NullSlippageModel.Instance : new BasisPointSlippageModel(settings.SlippageBps),
            borrow,
            new MaintenanceMarginModel(settings.MarginLong, settings.MarginShort))
        {
            OptionFees = new PerContractFeeModel(options.OptionCommission, options.OptionCommissionMin),
            OptionSlippage = options.OptionSpread == 0 ? NullSlippageModel.Instance : new BidAskSpreadModel(options.OptionSpread),
            Loan = loan,
        };
    }
}
