using Backtest.Reporting.Sweeps;

namespace Backtest.Reporting.Tests.Sweeps;

/// <summary>Each metric's words, unit and better side; parameter names in words.</summary>
public sealed class SweepMetricTests
{
    [TestCase("strategy.sharpe", "Sharpe ratio", "Sharpe ratio", true)]
    [TestCase("strategy.totalReturn", "Total return", "Total return (%)", true)]
    [TestCase("strategy.cagr", "CAGR", "CAGR (%)", true)]
    [TestCase("strategy.volatility", "Volatility", "Volatility (%)", false)]
    [TestCase("strategy.maxDrawdown", "Max drawdown", "Max drawdown (%)", true)]
    [TestCase("exposure.averageGross", "Average gross exposure", "Average gross exposure (%)", true)]
    [TestCase("costs.borrowFees", "Borrow fees", "Borrow fees", false)]
    [TestCase("costs.dividendsReceived", "Dividends received", "Dividends received", true)]
    [TestCase("finalEquity", "Final equity", "Final equity", true)]
    [TestCase("ruined", "Ruin", "Ruin", false)]
    [TestCase("benchmark.cagr", "Benchmark CAGR", "Benchmark CAGR (%)", true)]
    [TestCase("benchmark.sharpe", "Benchmark Sharpe ratio", "Benchmark Sharpe ratio", true)]
    [TestCase("benchmark.totalReturn", "Benchmark total return", "Benchmark total return (%)", true)]
    [TestCase("relative.beta", "Beta", "Beta", false)]
    [TestCase("strategy.longestDrawdownDays", "Longest drawdown", "Longest drawdown (days)", false)]
    [TestCase("options.somethingNew", "Options something new", "Options something new", true)]
    public void For_Column_WordsLabelAndBetterSide(string column, string words, string label, bool higherIsBetter)
    {
        SweepMetric metric = SweepMetric.For(column);

        Assert.That((metric.Words, metric.Label, metric.HigherIsBetter), Is.EqualTo((words, label, higherIsBetter)));
    }

    [TestCase("strategy.totalReturn", 0.1234, "12.3%")]
    [TestCase("strategy.totalReturn", -0.0001, "0.0%")]
    [TestCase("strategy.sharpe", 1.234, "1.23")]
    [TestCase("finalEquity", 1_250_000, "1.25M")]
    [TestCase("trades", 17, "17")]
    public void Text_Value_AsCellsShowIt(string column, double value, string text) =>
        Assert.That(SweepMetric.For(column).Text(value), Is.EqualTo(text));

    [TestCase("shortAllocation", "short allocation")]
    [TestCase("entryDate", "entry date")]
    [TestCase("borrowFee.PLTR", "borrow fee PLTR")]
    [TestCase("rebalance", "rebalance")]
    public void Words_CamelCaseName_LowerCaseWords(string name, string words) =>
        Assert.That(SweepText.Words(name), Is.EqualTo(words));

    [Test]
    public void Title_FitsTheWidth_Unchanged() =>
        Assert.That(SweepText.Title("Sharpe ratio by short allocation and entry date", new(6.5, 3.5)), Is.EqualTo("Sharpe ratio by short allocation and entry date"));

    [Test]
    public void Title_TooWideForTheFigure_BrokenAtTheLastSpaceThatFits() =>
        Assert.That(SweepText.Title("Sharpe ratio by short allocation and entry date", new(4, 3)), Is.EqualTo("Sharpe ratio by short allocation and\nentry date"));
}
