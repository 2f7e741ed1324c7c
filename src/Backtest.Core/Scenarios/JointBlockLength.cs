namespace Backtest.Core.Scenarios;

/// <summary>The mean block length for resampling several tickers' days jointly, with each ticker's own for reporting.</summary>
public sealed class JointBlockLength
{
    internal JointBlockLength(double meanBlock, IReadOnlyList<double> perTicker)
    {
        MeanBlock = meanBlock;
        PerTicker = perTicker;
    }

    /// <summary>The mean block length in days the joint resampling uses: the largest of <see cref="PerTicker"/>, at least 1.</summary>
    public double MeanBlock { get; }

    /// <summary>Each ticker's Politis-White block length of its squared demeaned returns, in the order given.</summary>
    public IReadOnlyList<double> PerTicker { get; }
}
