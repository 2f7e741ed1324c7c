namespace Backtest.Core.Sweeps;

/// <summary>How far a sweep has come.</summary>
/// <param name="Done">Combinations finished, those of an earlier, stopped process included.</param>
/// <param name="Total">Combinations in the slice.</param>
/// <param name="DoneHere">Combinations this process finished.</param>
/// <param name="Elapsed">Time this process has been running them.</param>
public readonly record struct SweepProgress(long Done, long Total, long DoneHere, TimeSpan Elapsed)
{
    /// <summary>Combinations a second in this process, or 0 before the first finished.</summary>
    public double Rate => Elapsed > TimeSpan.Zero && DoneHere > 0 ? DoneHere / Elapsed.TotalSeconds : 0;

    /// <summary>The share done, from 0 to 1.</summary>
    public double Fraction => Total == 0 ? 1 : (double)Done / Total;

    /// <summary>Time left at the current rate, or null before it is known.</summary>
    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;
}
