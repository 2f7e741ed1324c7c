namespace Backtest.Core.Scenarios;

/// <summary>What the paths say about a target: chances of a margin call and of ruin, the spread of final returns and drawdowns.</summary>
/// <param name="Paths">The number of paths.</param>
/// <param name="MarginCallChance">The share of paths with at least one margin call.</param>
/// <param name="RuinChance">The share of paths ruined.</param>
/// <param name="MeanReturn">The mean final return.</param>
/// <param name="MedianReturn">The median final return.</param>
/// <param name="Return5">The 5th percentile of final return (the 5% value at risk, as a return).</param>
/// <param name="Return25">The 25th percentile of final return.</param>
/// <param name="Return75">The 75th percentile of final return.</param>
/// <param name="Return95">The 95th percentile of final return.</param>
/// <param name="ExpectedShortfall5">The mean final return of the worst 5% of paths (CVaR 5%).</param>
/// <param name="MedianMaxDrawdown">The median of the paths' maximum drawdowns.</param>
/// <param name="MaxDrawdown5">The 5th percentile of maximum drawdown (one path in 20 falls further).</param>
/// <param name="LossChance">The share of paths that end below their start.</param>
public sealed record ScenarioStatistics(
    int Paths,
    double MarginCallChance,
    double RuinChance,
    double MeanReturn,
    double MedianReturn,
    double Return5,
    double Return25,
    double Return75,
    double Return95,
    double ExpectedShortfall5,
    double MedianMaxDrawdown,
    double MaxDrawdown5,
    double LossChance)
{
    /// <summary>
    /// The statistics of <paramref name="outcomes"/>. Percentiles are order statistics at rank ceil(q n) (no
    /// interpolation); the expected shortfall is the mean of the ceil(0.05 n) lowest final returns.
    /// </summary>
    public static ScenarioStatistics Of(IReadOnlyList<PathOutcome> outcomes)
    {
        int n = outcomes.Count;
        double[] returns = new double[n], drawdowns = new double[n];
        int calls = 0, ruined = 0, losses = 0;
        for (int p = 0; p < n; p++)
        {
            returns[p] = outcomes[p].FinalReturn;
            drawdowns[p] = outcomes[p].MaxDrawdown;
            calls += outcomes[p].MarginCalls > 0 ? 1 : 0;
            ruined += outcomes[p].Ruined ? 1 : 0;
            losses += outcomes[p].FinalReturn < 0 ? 1 : 0;
        }

        Array.Sort(returns);
        Array.Sort(drawdowns);
        int tail = Math.Max(1, (int)Math.Ceiling(0.05 * n));
        double shortfall = 0;
        for (int p = 0; p < tail; p++)
        {
            shortfall += returns[p];
        }

        return new ScenarioStatistics(
            n,
            (double)calls / n,
            (double)ruined / n,
            returns.Average(),
            Percentile(returns, 0.5),
            Percentile(returns, 0.05),
            Percentile(returns, 0.25),
            Percentile(returns, 0.75),
            Percentile(returns, 0.95),
            shortfall / tail,
            Percentile(drawdowns, 0.5),
            Percentile(drawdowns, 0.05),
            (double)losses / n);
    }

    private static double Percentile(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
