using Backtest.Core.Strategies;

namespace Backtest.Testing;

/// <summary>A strategy that does what the test tells it on given days: the engine's test double.</summary>
public sealed class ScriptedStrategy : IStrategy
{
    private readonly Action<DecisionContext, TargetBook> _decide;

    /// <summary>A strategy over <paramref name="tickers"/> that runs <paramref name="decide"/> on each scheduled day.</summary>
    public ScriptedStrategy(string[] tickers, Schedule schedule, Action<DecisionContext, TargetBook> decide)
    {
        Tickers = tickers;
        Schedule = schedule;
        _decide = decide;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers { get; }

    /// <inheritdoc/>
    public Schedule Schedule { get; }

    /// <summary>Holds fixed weights, set on the first day (and on every rebalance of <paramref name="schedule"/>).</summary>
    public static ScriptedStrategy Weights(string[] tickers, double[] weights, Schedule? schedule = null) =>
        new(tickers, schedule ?? Schedule.OnceAtStart, (_, book) =>
        {
            for (int i = 0; i < weights.Length; i++)
            {
                book.SetWeight(i, weights[i]);
            }
        });

    /// <inheritdoc/>
    public void Decide(in DecisionContext context, TargetBook targets) => _decide(context, targets);
}
