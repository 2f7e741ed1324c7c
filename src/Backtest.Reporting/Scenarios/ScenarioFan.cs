namespace Backtest.Reporting.Scenarios;

/// <summary>One target's equity fan as <c>fan.csv</c> holds it: per day, the quantiles of equity over all paths and a few paths themselves.</summary>
/// <param name="Dates">The start day, then each synthetic day.</param>
/// <param name="Bands">Equity in dollars at each quantile of <see cref="Backtest.Core.Scenarios.ScenarioFolder.BandPercents"/> (5, 25, 50, 75, 95), one array per quantile.</param>
/// <param name="Samples">The sample paths' equity in dollars, one array per path.</param>
public sealed record ScenarioFan(DateOnly[] Dates, double[][] Bands, double[][] Samples)
{
    /// <summary>The median path of equity (the 50% quantile).</summary>
    public double[] Median => Bands[2];
}
