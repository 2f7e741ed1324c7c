using Backtest.Core.Parameters;
using Backtest.Core.Strategies;

namespace Backtest.Strategies;

/// <summary>Long one name, short another: by default long MSFT, short NVDA, dollar neutral.</summary>
[Strategy("pair-msft-nvda", "Long MSFT / short NVDA, dollar neutral by default")]
public sealed class PairMsftNvda : IStrategy
{
    /// <summary>The ticker held long.</summary>
    [Parameter("Ticker held long", Ticker = true)]
    public string LongTicker { get; init; } = "MSFT";

    /// <summary>The ticker held short.</summary>
    [Parameter("Ticker held short", Ticker = true)]
    public string ShortTicker { get; init; } = "NVDA";

    /// <summary>The long leg as a fraction of equity.</summary>
    [Parameter("Long leg as a fraction of equity", Min = 0, Max = 2)]
    public double LongWeight { get; init; } = 0.5;

    /// <summary>The short leg as a fraction of equity.</summary>
    [Parameter("Short leg as a fraction of equity (equal to longWeight: dollar neutral)", Min = 0, Max = 2)]
    public double ShortWeight { get; init; } = 0.5;

    /// <summary>How often the legs are brought back to their weights.</summary>
    [Parameter("Bring the legs back to their weights: none, daily, weekly, monthly or quarterly")]
    public Frequency Rebalance { get; init; } = Frequency.Monthly;

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers => [LongTicker.ToUpperInvariant(), ShortTicker.ToUpperInvariant()];

    /// <inheritdoc/>
    public Schedule Schedule => new(Rebalance);

    /// <inheritdoc/>
    public void Decide(in DecisionContext context, TargetBook targets)
    {
        targets.SetWeight(0, LongWeight);
        targets.SetWeight(1, -ShortWeight);
    }
}
