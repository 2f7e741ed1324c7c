namespace Backtest.Core.Data.Checks;

/// <summary>Finds placeholder bars: open = high = low = close with volume 0, a price filled in for a day without trades.</summary>
/// <remarks>
/// A backtest would fill orders at such a bar's made-up price, so each one is a failure. A flat bar with volume is a
/// thin day, not a placeholder, and is left alone.
/// </remarks>
public static class PlaceholderBarCheck
{
    /// <summary>One <see cref="Severity.Fail"/> finding per placeholder bar of <paramref name="series"/>, in date order.</summary>
    public static IReadOnlyList<Finding> Find(TickerSeries series)
    {
        var findings = new List<Finding>();
        for (int t = 0; t < series.Count; t++)
        {
            double close = series.Close[t];
            // Exact comparisons: a placeholder repeats one number four times, while real bars differ in some digit.
            if (series.Volume[t] == 0 && series.Open[t] == close && series.High[t] == close && series.Low[t] == close)
            {
                findings.Add(new Finding(series.Ticker, series.Dates[t], FindingKind.PlaceholderBar, Severity.Fail, FindingText.PlaceholderBar(close)));
            }
        }

        return findings;
    }
}
