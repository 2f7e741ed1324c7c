using Backtest.Reporting.Figures;

namespace Backtest.Reporting.Tests.Figures;

public sealed class AxisTests
{
    [TestCase(0, "0")]
    [TestCase(420, "420")]
    [TestCase(999.4, "999")]
    [TestCase(999.5, "1k")]
    [TestCase(7.5, "7.5")]
    [TestCase(999_999, "1M")]
    [TestCase(999_940, "999.9k")]
    [TestCase(999_950, "1M")]
    [TestCase(999_995_000, "1B")]
    [TestCase(-250, "-250")]
    [TestCase(1_000, "1k")]
    [TestCase(12_345, "12.3k")]
    [TestCase(950_000, "950k")]
    [TestCase(-50_000, "-50k")]
    [TestCase(1_000_000, "1M")]
    [TestCase(1_250_000, "1.25M")]
    [TestCase(-1_500_000, "-1.5M")]
    [TestCase(2_500_000_000, "2.5B")]
    public void MoneyText_Value_ShortForm(double value, string expected) =>
        Assert.That(Axis.MoneyText(value), Is.EqualTo(expected));

    [Test]
    public void MoneyTicks_EquityAxisAcrossAMillion_OneUnitAndTheDollarSign()
    {
        // Ticks 900k to 1.25M in steps of 50k: all in M, two decimals so that no two labels read the same.
        double[] ticks = [900_000, 950_000, 1_000_000, 1_050_000, 1_100_000, 1_150_000, 1_200_000, 1_250_000];

        string[] labels = [.. ticks.Select(MoneyTicks.Labels(ticks))];

        Assert.That(labels, Is.EqualTo(new[] { "$0.90M", "$0.95M", "$1.00M", "$1.05M", "$1.10M", "$1.15M", "$1.20M", "$1.25M" }));
    }

    [TestCase(new[] { -100_000.0, -50_000, 0, 50_000 }, new[] { "-$100k", "-$50k", "$0", "$50k" })]
    [TestCase(new[] { 0.0, 2.5, 5, 7.5 }, new[] { "$0.0", "$2.5", "$5.0", "$7.5" })]
    [TestCase(new[] { 1e9, 2e9 }, new[] { "$1B", "$2B" })]
    public void MoneyTicks_Labels(double[] ticks, string[] expected) =>
        Assert.That(ticks.Select(MoneyTicks.Labels(ticks)), Is.EqualTo(expected));

    [TestCase(0, "0%")]
    [TestCase(0.125, "12.5%")]
    [TestCase(0.1234, "12.34%")]
    [TestCase(-0.05, "-5%")]
    [TestCase(1, "100%")]
    [TestCase(-0.2209, "-22.09%")]
    [TestCase(2.5, "250%")]
    public void PercentText_Fraction_PercentWithTheDecimalsItNeeds(double value, string expected) =>
        Assert.That(Axis.PercentText(value), Is.EqualTo(expected));

    [TestCase(2026, 1, 1, "2026")]
    [TestCase(2025, 11, 1, "Nov 2025")]
    [TestCase(2025, 2, 1, "Feb 2025")]
    [TestCase(2025, 11, 15, "2025-11-15")]
    [TestCase(2025, 12, 31, "2025-12-31")]
    public void DateText_Day_YearMonthOrIsoDate(int year, int month, int day, string expected) =>
        Assert.That(Axis.DateText(new DateTime(year, month, day)), Is.EqualTo(expected));

    [Test]
    public void X_Dates_AreTheirOleAutomationDays()
    {
        DateOnly[] dates = [new(2025, 10, 1), new(2025, 10, 2), new(2026, 1, 2)];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Axis.X(dates), Is.EqualTo(new[] { 45931.0, 45932.0, 46024.0 }));
            Assert.That(Axis.X(dates[2]), Is.EqualTo(new DateTime(2026, 1, 2).ToOADate()));
        }
    }
}
