namespace Backtest.Reporting.Sweeps;

/// <summary>How a sweep's metric is written: on axes, on the colour scale and in cells.</summary>
internal enum MetricUnit
{
    /// <summary>A fraction shown in percent (0.125 as 12.5%).</summary>
    Percent,

    /// <summary>A plain number with two decimals (Sharpe, beta, turnover).</summary>
    Ratio,

    /// <summary>An amount of money, in short form (1.2M).</summary>
    Money,

    /// <summary>A whole count (trades, margin calls; ruin as 0 or 1).</summary>
    Count,

    /// <summary>A number of days.</summary>
    Days,
}
