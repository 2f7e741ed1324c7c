using System.Text.Json;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Core.Results;
using Backtest.Core.Sweeps;

namespace Backtest.Core.Tests.Sweeps;

public class MetricColumnsTests
{
    [TestCase("finalEquity")]
    [TestCase("ruined")]
    [TestCase("trades")]
    [TestCase("strategy.sharpe")]
    [TestCase("strategy.maxDrawdown")]
    [TestCase("benchmark.totalReturn")]
    [TestCase("relative.beta")]
    [TestCase("exposure.averageDeltaNet")]
    [TestCase("costs.borrowFees")]
    public void All_HoldsTheMetricsJsonPath(string name) =>
        Assert.That(MetricColumns.All.Select(c => c.Name), Does.Contain(name));

    [Test]
    public void All_LeavesOutTextsAndLists() =>
        Assert.That(MetricColumns.All.Select(c => c.Name), Has.None.StartsWith("benchmarkTicker").And.None.StartsWith("costSplit").And.None.StartsWith("tickers"));

    [Test]
    public void Fill_EveryColumn_EqualsItsValueInMetricsJson()
    {
        RunMetrics metrics = Sample(withBenchmark: true);
        double[] row = Fill(metrics);

        using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(metrics, ResultFolder.Json));
        for (int c = 0; c < MetricColumns.All.Count; c++)
        {
            MetricColumn column = MetricColumns.All[c];
            JsonElement element = column.Name.Split('.').Aggregate(json.RootElement, (e, part) => e.GetProperty(part));
            string expected = element.ValueKind switch
            {
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.String => element.GetString()!,
                _ => element.GetRawText(),
            };
            string actual = MetricColumns.Text(column.Kind, row[c + 1]) ?? JsonSerializer.Serialize(row[c + 1], ResultFolder.Json).Trim('"');
            Assert.That(actual, Is.EqualTo(expected), column.Name);
        }
    }

    [Test]
    public void Fill_NoBenchmark_LeavesItsColumnsMissing()
    {
        double[] row = Fill(Sample(withBenchmark: false));

        for (int c = 0; c < MetricColumns.All.Count; c++)
        {
            string name = MetricColumns.All[c].Name;
            bool benchmark = name.StartsWith("benchmark.", StringComparison.Ordinal) || name.StartsWith("relative.", StringComparison.Ordinal);
            Assert.That(MetricColumns.IsMissing(row[c + 1]), Is.EqualTo(benchmark), name);
        }

        Assert.That(MetricColumns.Text(SweepColumnKind.Number, MetricColumns.Missing), Is.Empty);
    }

    private static double[] Fill(RunMetrics metrics)
    {
        double[] row = new double[MetricColumns.All.Count + 1];
        MetricColumns.Fill(metrics, row, 1);
        return row;
    }

    private static RunMetrics Sample(bool withBenchmark)
    {
        var strategy = new ReturnMetrics(0.1, 0.2, 0.3, double.NaN, 1.5, -0.25, 0.8, 12, 3, -0.05, -0.1, 0.6, 64);
        var benchmark = new ReturnMetrics(0.11, 0.21, 0.31, 1.41, 1.51, -0.26, 0.81, 13, 4, -0.051, -0.11, 0.61, 64);
        var exposure = new ExposureMetrics(0.9, 1.1, -0.7, 0.1, -0.8, 2.5) { AverageDeltaNet = -0.75, AverageOptionValue = 0.01 };
        var costs = new CostTotals(10.5, 20.25, 300.125, 4, 5, 6, 1, 2);
        return new RunMetrics(
            new DateOnly(2025, 10, 1),
            new DateOnly(2025, 12, 31),
            1_000_000,
            1_100_000.0000000002,
            false,
            0.04,
            strategy,
            withBenchmark ? "SPY" : null,
            withBenchmark ? benchmark : null,
            withBenchmark ? new RelativeMetrics(-1.2, -0.5, 0.03, -0.01, -0.02) : null,
            exposure,
            costs,
            [new CostShare("Commission", -10.5, -1.05e-5)],
            7,
            [new TickerPnl("PLTR", 1, 2, 3, 4, 5, 6)]);
    }
}
