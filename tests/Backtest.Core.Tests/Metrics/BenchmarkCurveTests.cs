using Backtest.Core.Data;
using Backtest.Core.Metrics;

namespace Backtest.Core.Tests.Metrics;

[TestFixture]
public class BenchmarkCurveTests
{
    [Test]
    public void Build_WithADividend_ReinvestsItOnTheExDate()
    {
        DateOnly[] dates = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)];
        double[] close = [100, 100, 110];
        var series = new TickerSeries("SPY", dates, close, close, close, close, [1, 1, 1], [new Dividend(dates[1], 2)], []);

        BenchmarkCurve curve = BenchmarkCurve.Build(series, dates, 1_000);

        // Day 1: (100 + 2) / 100 = 1.02 -> 1,020; day 2: x 110 / 100 -> 1,122.
        Assert.That(curve.Equity, Is.EqualTo(new[] { 1_000, 1_020, 1_122 }).Within(1e-9));
    }
}
