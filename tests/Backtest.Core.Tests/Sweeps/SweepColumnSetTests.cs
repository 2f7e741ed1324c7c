using Backtest.Core;
using Backtest.Core.Sweeps;

namespace Backtest.Core.Tests.Sweeps;

public class SweepColumnSetTests
{
    private static readonly SweepColumnSet Columns = new([
        new GridAxis("shortAllocation", "0.5,1", ["0.5", "1"]),
        new GridAxis("entryDate", "", ["2025-10-01", "2025-11-03"]),
        new GridAxis("rebalance", "", ["none", "monthly"]),
    ]);

    [TestCase("sharpe", "strategy.sharpe")]
    [TestCase("maxDrawdown", "strategy.maxDrawdown")]
    [TestCase("MAXDRAWDOWN", "strategy.maxDrawdown")]
    [TestCase("benchmark.sharpe", "benchmark.sharpe")]
    [TestCase("finalEquity", "finalEquity")]
    [TestCase("trades", "trades")]
    [TestCase("shortAllocation", "shortAllocation")]
    [TestCase("index", "index")]
    public void Resolve_ShortNameOrPath_FindsTheColumn(string name, string column) =>
        Assert.That(Columns.Names[Columns.Resolve(name, "--metric")], Is.EqualTo(column));

    [Test]
    public void Resolve_NoSuchColumn_ThrowsListingThem()
    {
        var e = Assert.Throws<InputException>(() => Columns.Resolve("sharp", "--metric"));

        Assert.That(e!.Message, Does.Contain("--metric: no column 'sharp'").And.Contain("strategy.sharpe"));
    }

    [TestCase("maxDrawdown > -0.5", -0.4, 0.5, true)]
    [TestCase("maxDrawdown > -0.5", -0.6, 0.5, false)]
    [TestCase("maxDrawdown >= -0.5 and shortAllocation < 1", -0.5, 0.5, true)]
    [TestCase("maxDrawdown >= -0.5 AND shortAllocation < 1", -0.5, 1.0, false)]
    [TestCase("sharpe != 0", double.NaN, 0.5, false)]
    [TestCase("sharpe<=1", 0.9, 0.5, true)]
    [TestCase("entryDate >= 2025-11-01", 0.0, 1.0, true)]
    public void Passes_Conditions_FilterRows(string where, double value, double allocation, bool expected)
    {
        SweepFilter filter = SweepFilter.Parse(where, Columns);
        double[] metrics = Enumerable.Repeat(0.0, Backtest.Core.Sweeps.MetricColumns.All.Count).ToArray();
        int column = Columns.Resolve(where.Split(' ', '<', '>', '!', '=')[0], "--where") - 1 - Columns.Axes.Count;
        if (column >= 0)
        {
            metrics[column] = value;
        }

        int[] digits = [allocation == 1.0 ? 1 : 0, allocation == 1.0 ? 1 : 0, 0];

        Assert.That(filter.Passes(Columns, 0, digits, metrics), Is.EqualTo(expected));
    }

    [TestCase("maxDrawdown", "expected COLUMN OP VALUE")]
    [TestCase("> 3", "expected COLUMN OP VALUE")]
    [TestCase("maxDrawdown >", "expected COLUMN OP VALUE")]
    [TestCase("drawdown > 1", "no column 'drawdown'")]
    [TestCase("maxDrawdown > a", "is compared with a number")]
    [TestCase("firstDay > 3", "is compared with a date")]
    public void Parse_Bad_ThrowsNamingTheProblem(string where, string message)
    {
        var e = Assert.Throws<InputException>(() => SweepFilter.Parse(where, Columns));

        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void Ranking_TopRows_HighestFirstTiesInGridOrderNaNLeftOut()
    {
        int sharpe = Columns.Resolve("sharpe", "--metric");
        var ranking = new SweepRanking(Columns, sharpe, ascending: false, top: 3, filter: null);
        double[] scores = [0.5, 2, double.NaN, 2, 1, -1];
        for (int i = 0; i < scores.Length; i++)
        {
            double[] metrics = new double[Backtest.Core.Sweeps.MetricColumns.All.Count];
            metrics[sharpe - 1 - Columns.Axes.Count] = scores[i];
            ranking.Offer(i, [0, 0, 0], metrics);
        }

        Assert.That(ranking.Rows().Select(r => r.Index), Is.EqualTo(new long[] { 1, 3, 4 }));
        Assert.That(ranking.Matched, Is.EqualTo(5));
    }
}
