using Backtest.Reporting.Sweeps;

namespace Backtest.Reporting.Tests.Sweeps;

public sealed class CategoryTicksTests
{
    [Test]
    public void Text_FirstTradingDaysOfMonths_AreLabelledByMonth()
    {
        // A monthly grid's first trading days (2 January, 1 April, 1 July): by their months, the year alone in January.
        var parameter = new SweepParameter("entryDate", ParameterKind.Date, ["2024-01-02", "2024-04-01", "2024-07-01"], [0, 1, 2]);

        Assert.That(Enumerable.Range(0, 3).Select(k => CategoryTicks.Text(parameter, k)), Is.EqualTo(new[] { "2024", "Apr 2024", "Jul 2024" }));
    }

    [Test]
    public void Text_DatesInTheSameMonth_KeepTheirDays()
    {
        var parameter = new SweepParameter("entryDate", ParameterKind.Date, ["2024-01-02", "2024-01-09"], [0, 1]);

        Assert.That(Enumerable.Range(0, 2).Select(k => CategoryTicks.Text(parameter, k)), Is.EqualTo(new[] { "2024-01-02", "2024-01-09" }));
    }
}
