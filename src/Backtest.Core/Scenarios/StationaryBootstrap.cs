namespace Backtest.Core.Scenarios;

/// <summary>
/// The stationary bootstrap of Politis and Romano (1994, "The stationary bootstrap", JASA 89(428), 1303-1313) over
/// whole days: a path is a sequence of indices into a history of <see cref="HistoryLength"/> days, made of blocks
/// of consecutive days (wrapping from the last day to the first) whose lengths are geometric with mean
/// <see cref="MeanBlock"/>. Resampling days rather than tickers keeps the cross-correlation of a day's returns;
/// the blocks keep volatility clustering up to about their length.
/// </summary>
/// <remarks>
/// Every day of a path is marginally uniform over the history (the wrap makes it so), so the resampled returns
/// have the history's mean and covariance in expectation. Validated once here, so that <see cref="Fill"/>, called
/// once a path, checks nothing and allocates nothing.
/// </remarks>
public sealed class StationaryBootstrap
{
    /// <summary>A bootstrap of a history of <paramref name="historyLength"/> days with blocks of mean length <paramref name="meanBlock"/> days.</summary>
    /// <param name="historyLength">The number of source days, at least 2.</param>
    /// <param name="meanBlock">The mean block length in days, a finite number of at least 1; 1 resamples days independently.</param>
    public StationaryBootstrap(int historyLength, double meanBlock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(historyLength, 2);
        if (!double.IsFinite(meanBlock) || meanBlock < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(meanBlock), meanBlock, "the mean block length must be a finite number of days, at least 1");
        }

        HistoryLength = historyLength;
        MeanBlock = meanBlock;
        NewBlockChance = 1 / meanBlock;
    }

    /// <summary>The number of source days N; indices run from 0 to N - 1.</summary>
    public int HistoryLength { get; }

    /// <summary>The mean block length b in days.</summary>
    public double MeanBlock { get; }

    /// <summary>The chance 1/b that a day after the first starts a new block.</summary>
    public double NewBlockChance { get; }

    /// <summary>
    /// Fills <paramref name="days"/> with one path's source-day indices, drawing from <paramref name="random"/>.
    /// </summary>
    /// <remarks>
    /// The draws are part of the output format: the first day takes <c>NextInt(N)</c>; every later day takes one
    /// <c>NextDouble()</c> and, when it is below 1/b, a new block's start <c>NextInt(N)</c>; otherwise the day after
    /// the previous one, day 0 after day N - 1. The coin is drawn also when b = 1, where it always
    /// starts a new block, so that the draws follow one rule.
    /// </remarks>
    /// <param name="days">Where the path goes, one index per path day; an empty span draws nothing.</param>
    /// <param name="random">The path's generator, advanced past the draws used.</param>
    public void Fill(Span<int> days, ref PathRandom random)
    {
        if (days.IsEmpty)
        {
            return;
        }

        int n = HistoryLength;
        double chance = NewBlockChance;
        int day = random.NextInt(n);
        days[0] = day;
        for (int t = 1; t < days.Length; t++)
        {
            if (random.NextDouble() < chance)
            {
                day = random.NextInt(n);
            }
            else
            {
                day++;
                if (day == n)
                {
                    day = 0;
                }
            }

            days[t] = day;
        }
    }
}
