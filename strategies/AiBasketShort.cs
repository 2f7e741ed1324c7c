using Backtest.Core.Parameters;
using Backtest.Core.Strategies;

namespace Backtest.Strategies;

/// <summary>An equal-weight short of AI names, optionally hedged with a long index position.</summary>
[Strategy("ai-basket-short", "Equal-weight short of a basket of AI names, optionally hedged long with SPY or QQQ")]
public sealed class AiBasketShort : IStrategy
{
    /// <summary>The names shorted.</summary>
    [Parameter("Tickers shorted in equal weights (those not trading yet join at the first rebalance after they list)")]
    public string[] Basket { get; init; } = ["NVDA", "PLTR", "MSFT", "AMD", "AVGO", "ORCL", "META", "SMCI"];

    /// <summary>The gross short as a fraction of equity.</summary>
    [Parameter("Gross short as a fraction of equity, split equally over the names trading", Min = 0, Max = 2)]
    public double ShortAllocation { get; init; } = 1;

    /// <summary>The hedge ticker, or none.</summary>
    [Parameter("Ticker held long as a hedge (SPY, QQQ, ...), or none", Ticker = true, NoneAllowed = true)]
    public string Hedge { get; init; } = "none";

    /// <summary>The hedge's size as a multiple of the gross short.</summary>
    [Parameter("Long hedge as a multiple of the gross short (1 = dollar neutral)", Min = 0, Max = 3)]
    public double HedgeRatio { get; init; } = 1;

    /// <summary>How often the basket is brought back to equal weights.</summary>
    [Parameter("Bring the basket back to equal weights: none, daily, weekly, monthly or quarterly")]
    public Frequency Rebalance { get; init; } = Frequency.Monthly;

    private bool Hedged => !string.IsNullOrWhiteSpace(Hedge) && !Hedge.Equals("none", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers => Hedged ? [.. Basket, Hedge.ToUpperInvariant()] : Basket;

    /// <inheritdoc/>
    public Schedule Schedule => new(Rebalance);

    /// <inheritdoc/>
    public void Decide(in DecisionContext context, TargetBook targets)
    {
        int live = 0;
        for (int i = 0; i < Basket.Length; i++)
        {
            if (context.IsLive(i))
            {
                live++;
            }
        }

        if (live == 0)
        {
            return;
        }

        for (int i = 0; i < Basket.Length; i++)
        {
            if (context.IsLive(i))
            {
                targets.SetWeight(i, -ShortAllocation / live);
            }
        }

        if (Hedged && context.IsLive(Basket.Length))
        {
            targets.SetWeight(Basket.Length, HedgeRatio * ShortAllocation);
        }
    }
}
