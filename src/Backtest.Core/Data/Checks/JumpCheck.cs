namespace Backtest.Core.Data.Checks;

/// <summary>Finds close-to-close jumps: absurd ones and split-like ratios (fail), and other large moves (warn).</summary>
/// <remarks>
/// Prices must be split-adjusted; a split the file does not fold in shows as the close dividing by the split ratio
/// k overnight (or multiplying by k for a reverse split), and a backtest would book it as a real gain or loss. Prices
/// alone cannot tell such a jump from a real move of the same size, so the rule is a band around each ratio (see
/// <see cref="JumpRules.Default"/>); moves beyond the large-move limit outside every band are real as far as the
/// prices tell, and only flagged for a look.
/// </remarks>
public static class JumpCheck
{
    /// <summary>The jumps of <paramref name="series"/> between consecutive bars, in date order, dated by the later bar.</summary>
    public static IReadOnlyList<Finding> Find(TickerSeries series, JumpRules rules)
    {
        var findings = new List<Finding>();
        double band = Math.Log(1 + rules.Tolerance);
        for (int t = 1; t < series.Count; t++)
        {
            double previous = series.Close[t - 1], close = series.Close[t] * (rules.RawPrices ? RecordedSplit(series, series.Dates[t]) : 1);
            double ratio = close / previous;
            if (ratio >= rules.AbsurdRatio || ratio <= 1 / rules.AbsurdRatio)
            {
                string detail = FindingText.AbsurdJump(previous, close, rules.AbsurdRatio);
                findings.Add(new Finding(series.Ticker, series.Dates[t], FindingKind.AbsurdJump, Severity.Fail, detail));
            }
            else if (NearestSplit(Math.Log(ratio), rules.SplitRatios, band) is { } split)
            {
                string detail = FindingText.SplitLikeJump(previous, close, split.Ratio, split.Reverse);
                findings.Add(new Finding(series.Ticker, series.Dates[t], FindingKind.SplitLikeJump, Severity.Fail, detail));
            }
            else if (Math.Abs(ratio - 1) > rules.LargeMove)
            {
                string detail = FindingText.LargeMove(previous, close, rules.LargeMove);
                findings.Add(new Finding(series.Ticker, series.Dates[t], FindingKind.LargeMove, Severity.Warn, detail));
            }
        }

        return findings;
    }

    // New shares per old share of a split the data records on this date, else 1.
    private static double RecordedSplit(TickerSeries series, DateOnly date)
    {
        double ratio = 1;
        foreach (Split split in series.Splits)
        {
            ratio *= split.Date == date ? split.Ratio : 1;
        }

        return ratio;
    }

    // Distances in log space, so that k and 1/k get the same band: x2 and x0.5 are equally far from x1.
    private static (double Ratio, bool Reverse)? NearestSplit(double logRatio, IReadOnlyList<double> splits, double band)
    {
        (double Ratio, bool Reverse)? nearest = null;
        double best = band;
        foreach (double k in splits)
        {
            double logK = Math.Log(k);
            double up = Math.Abs(logRatio - logK), down = Math.Abs(logRatio + logK);
            if (up <= best)
            {
                (best, nearest) = (up, (k, true));
            }

            if (down <= best)
            {
                (best, nearest) = (down, (k, false));
            }
        }

        return nearest;
    }
}
