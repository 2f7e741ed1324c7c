namespace Backtest.Core.Data.Checks;

/// <summary>When a close-to-close move is a split-like jump (fail) or only a large move (warn).</summary>
/// <param name="SplitRatios">Split ratios k: a close ratio near k (a 1-for-k reverse split) or near 1/k (a k-for-1 split) is split-like.</param>
/// <param name="Tolerance">How near: the ratio may differ from k or 1/k by this factor (0.05: from k/1.05 to k x 1.05).</param>
/// <param name="LargeMove">A move whose size |close / previous close - 1| is beyond this, and that is not split-like, is a large move.</param>
public sealed record JumpRules(IReadOnlyList<double> SplitRatios, double Tolerance, double LargeMove)
{
    /// <summary>
    /// A close this many times the previous one, or that fraction of it, is absurd (fail): no split ratio, and no real day
    /// of a listed security, moves a price a hundredfold (the largest split in the ratios is 20).
    /// </summary>
    public double AbsurdRatio { get; init; } = 100;

    /// <summary>
    /// Ratios 2, 3, 4, 5, 10, 20 within 5%, large moves beyond 50%. On a split day the true move is usually a few
    /// percent, so 5% catches an unadjusted split on an ordinary day; a wider band would turn more real crashes and
    /// rallies into failures (5% already fails a real +90% to +110% day, which prices alone cannot tell from a
    /// 1-for-2 reverse split). On the real data the nearest any day comes to a split ratio is 18% (SMCI, 2018-10-04).
    /// </summary>
    public static JumpRules Default { get; } = new([2, 3, 4, 5, 10, 20], 0.05, 0.5);

    /// <summary>
    /// Whether the prices are raw (as traded): a split the data records explains the jump on its date, so the move
    /// is measured with the split taken out (the close times the split ratio).
    /// </summary>
    public bool RawPrices { get; init; }
}
