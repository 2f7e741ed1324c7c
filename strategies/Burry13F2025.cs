using Backtest.Core.Parameters;
using Backtest.Core.Strategies;

namespace Backtest.Strategies;

/// <summary>
/// Short PLTR and NVDA in the proportions of Scion Asset Management's 13F for the quarter ended 2025-09-30:
/// puts on 5,000,000 PLTR ($912.1M notional) and 1,000,000 NVDA ($186.58M notional).
/// </summary>
/// <remarks>
/// The 13F reports options at the underlying's notional, so the proportions are of notional exposure; this strategy
/// takes that exposure as a stock short (puts come with the options issue).
/// </remarks>
[Strategy("burry-13f-2025", "Short PLTR and NVDA in the proportions of Scion's 13F for 2025-09-30 (PLTR $912.1M : NVDA $186.58M)")]
public sealed class Burry13F2025 : IStrategy
{
    /// <summary>PLTR's reported value: 5,000,000 shares x $182.42 (the 2025-09-30 close).</summary>
    public const double PltrNotional = 912.1e6;

    /// <summary>NVDA's reported value: 1,000,000 shares x $186.58 (the 2025-09-30 close).</summary>
    public const double NvdaNotional = 186.58e6;

    /// <summary>The gross short as a fraction of equity.</summary>
    [Parameter("Gross short as a fraction of equity (0.8 = 80%, as the puts' share of Scion's reported portfolio)", Min = 0, Max = 2)]
    public double ShortAllocation { get; init; } = 0.8;

    /// <summary>The day the short is decided, after its close.</summary>
    [Parameter("Day the short is decided, after its close (default: the first trading day after 2025-09-30); it fills at the next open, or at that close with fill=close")]
    public DateOnly EntryDate { get; init; } = new(2025, 10, 1);

    /// <summary>How often the short is brought back to its target weights.</summary>
    [Parameter("Bring the short back to its 13F weights and shortAllocation: none, daily, weekly, monthly or quarterly")]
    public Frequency Rebalance { get; init; } = Frequency.None;

    /// <summary>PLTR's share of the gross short.</summary>
    public static double PltrShare => PltrNotional / (PltrNotional + NvdaNotional);

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers => ["PLTR", "NVDA"];

    /// <inheritdoc/>
    public Schedule Schedule => new(Rebalance, EntryDate, "entryDate");

    /// <inheritdoc/>
    public void Decide(in DecisionContext context, TargetBook targets)
    {
        targets.SetWeight(0, -ShortAllocation * PltrShare);
        targets.SetWeight(1, -ShortAllocation * (1 - PltrShare));
    }
}
