using Backtest.Core.Options;

namespace Backtest.Core.Tests.Options;

[TestFixture]
public class ListedTermsTests
{
    [TestCase(2027, 1, "2027-01-15", TestName = "ThirdFriday_January2027_IsTheBurryExpiry")]
    [TestCase(2025, 10, "2025-10-17", TestName = "ThirdFriday_October2025_IsThe17th")]
    [TestCase(2026, 5, "2026-05-15", TestName = "ThirdFriday_MonthStartingOnAFriday_IsThe15th")]
    [TestCase(2024, 2, "2024-02-16", TestName = "ThirdFriday_MonthStartingOnAThursday_IsThe16th")]
    public void ThirdFriday_Month_IsTheThirdFriday(int year, int month, string expected)
    {
        DateOnly friday = ListedTerms.ThirdFriday(year, month);

        Assert.That(friday, Is.EqualTo(DateOnly.Parse(expected)));
        Assert.That(friday.DayOfWeek, Is.EqualTo(DayOfWeek.Friday));
    }

    [Test]
    public void MonthlyExpiry_SixMonthsFromOctober_IsAprilsThirdFriday() =>
        Assert.That(ListedTerms.MonthlyExpiry(new DateOnly(2025, 10, 1), 6), Is.EqualTo(new DateOnly(2026, 4, 17)));

    [TestCase(7.6, 7.5)]
    [TestCase(24.8, 25)]
    [TestCase(145.04, 145)]
    [TestCase(199.4, 199)]
    [TestCase(203, 205)]
    [TestCase(0.1, 0.5)]
    public void NearestStrike_Price_IsOnTheListedGrid(double price, double strike) =>
        Assert.That(ListedTerms.NearestStrike(price), Is.EqualTo(strike));
}
