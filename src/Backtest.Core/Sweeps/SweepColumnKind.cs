namespace Backtest.Core.Sweeps;

/// <summary>How a metric column's value (held as a double) is written in <c>sweep.csv</c>.</summary>
public enum SweepColumnKind
{
    /// <summary>A number, written as every result CSV writes numbers (shortest round-trip, invariant).</summary>
    Number,

    /// <summary>A whole number (a count of days or trades).</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>, as in <c>metrics.json</c>.</summary>
    Boolean,

    /// <summary>A date, <c>yyyy-MM-dd</c> (held as its day number).</summary>
    Date,
}
