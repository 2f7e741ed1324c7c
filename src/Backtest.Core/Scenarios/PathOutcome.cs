namespace Backtest.Core.Scenarios;

/// <summary>What one path did to the account from the scenario's start: the numbers <c>paths.csv</c> holds.</summary>
/// <param name="FinalReturn">Equity at the last synthetic close over equity at the start, less 1 (-1 or below if ruined).</param>
/// <param name="MaxDrawdown">The deepest fall of equity from its running peak after the start, as a negative fraction.</param>
/// <param name="MarginCalls">Margin calls after the start.</param>
/// <param name="Ruined">Whether equity fell to zero or below, ending the run.</param>
public readonly record struct PathOutcome(double FinalReturn, double MaxDrawdown, int MarginCalls, bool Ruined)
{
    /// <summary>Measures an equity curve from its <paramref name="start"/> day; <paramref name="marginCalls"/> after it.</summary>
    public static PathOutcome Of(ReadOnlySpan<double> equity, int start, int marginCalls, bool ruined)
    {
        double first = equity[start], peak = first, worst = 0;
        for (int t = start + 1; t < equity.Length; t++)
        {
            double e = equity[t];
            peak = Math.Max(peak, e);
            worst = Math.Min(worst, (e / peak) - 1);
        }

        return new PathOutcome((equity[^1] / first) - 1, worst, marginCalls, ruined);
    }
}
