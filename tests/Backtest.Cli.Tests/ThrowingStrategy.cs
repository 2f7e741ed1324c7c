using Backtest.Core.Strategies;

namespace Backtest.Cli.Tests;

/// <summary>A strategy with a bug: it throws when asked to decide, to show how the app reports bugs.</summary>
[Strategy("throws-on-decide", "Throws when asked to decide")]
public sealed class ThrowingStrategy : IStrategy
{
    public IReadOnlyList<string> Tickers => ["PLTR"];

    public Schedule Schedule => Schedule.OnceAtStart;

    public void Decide(in DecisionContext context, TargetBook targets) =>
        throw new InvalidOperationException("a bug in the strategy");
}
