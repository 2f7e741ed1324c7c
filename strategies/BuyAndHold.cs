using Backtest.Core.Parameters;
using Backtest.Core.Strategies;

namespace Backtest.Strategies;

/// <summary>Buys one ticker as soon as it trades and holds it: the plainest benchmark.</summary>
[Strategy("buy-and-hold", "Buy one ticker as soon as it trades and hold it (the benchmark)")]
public sealed class BuyAndHold : IStrategy
{
    private bool _entered;

    /// <summary>The ticker to hold.</summary>
    [Parameter("The ticker to hold", Ticker = true)]
    public string Ticker { get; init; } = "SPY";

    /// <summary>The share of equity put in at entry.</summary>
    [Parameter("Share of equity put in at entry (1 = all of it; negative holds it short)", Min = -2, Max = 2)]
    public double Weight { get; init; } = 1;

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers => [Ticker.ToUpperInvariant()];

    // Daily, so that a ticker that lists after the run starts is bought on its first day of trading.
    /// <inheritdoc/>
    public Schedule Schedule => new(Frequency.Daily);

    /// <inheritdoc/>
    public void Decide(in DecisionContext context, TargetBook targets)
    {
        if (!_entered && context.IsLive(0))
        {
            targets.SetWeight(0, Weight);
            _entered = true;
        }
    }
}
