namespace Backtest.Core.Metrics;

/// <summary>How long an equity curve stays below its running peak, counted in trading days.</summary>
/// <param name="Longest">The longest stretch of consecutive days under water (recovered or not).</param>
/// <param name="Current">Days under water at the end (0 when the last day is a new high).</param>
public readonly record struct DrawdownSpell(int Longest, int Current)
{
    /// <summary>Measures <paramref name="equity"/> against its peak, the capital being the first peak.</summary>
    public static DrawdownSpell Of(ReadOnlySpan<double> equity, double capital)
    {
        double peak = capital;
        int longest = 0, current = 0;
        foreach (double value in equity)
        {
            if (value >= peak)
            {
                peak = value;
                current = 0;
            }
            else
            {
                current++;
                longest = Math.Max(longest, current);
            }
        }

        return new DrawdownSpell(longest, current);
    }
}
