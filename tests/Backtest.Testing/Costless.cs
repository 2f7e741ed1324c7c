using Backtest.Core.Engine;

namespace Backtest.Testing;

/// <summary>Engine settings with every cost switched off, for tests that check one cost at a time.</summary>
public static class Costless
{
    /// <summary>No commission, slippage, borrow fee, cash or margin interest; fractional shares; fills at the decision's close.</summary>
    public static EngineSettings Settings(double capital = 10_000) => new()
    {
        Capital = capital,
        Fill = FillTiming.Close,
        Fractional = true,
        CommissionPerShare = 0,
        CommissionMin = 0,
        CommissionMaxPct = 0,
        SlippageBps = 0,
        BorrowFee = new(0),
        CashRate = 0,
        MarginRate = 0,
    };
}
