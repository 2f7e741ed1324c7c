using Backtest.Core.Data;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;
using Backtest.Core.Parameters;
using Backtest.Testing;

namespace Backtest.Core.Tests.Options;

[TestFixture]
public class OptionMarksTests
{
    private static readonly DateOnly[] Days = TestPanel.Weekdays(new DateOnly(2024, 1, 1), 30);

    // Closes alternating x1.02 and /1.02: a realised volatility of ln(1.02) x sqrt(252 x n / (n - 1)) over n returns.
    private static double[] Alternating(int count)
    {
        var closes = new double[count];
        closes[0] = 100;
        for (int k = 1; k < count; k++)
        {
            closes[k] = k % 2 == 1 ? closes[k - 1] * 1.02 : closes[k - 1] / 1.02;
        }

        return closes;
    }

    [Test]
    public void RuleVolatility_Realized_IsTheMultiplierTimesRealisedWithItsFloor()
    {
        double[] closes = Alternating(Days.Length);
        var panel = TestPanel.Flat("XYZ", Days, closes);
        var settings = new OptionSettings { VolModel = VolatilityModel.Realized, VolWindow = 10, VolMultiplier = 1.5, VolFloor = 0.05 };

        var marks = new OptionMarks(panel, settings);

        double realized = Math.Log(1.02) * Math.Sqrt(252 * 10.0 / 9.0);
        Assert.That(marks.RuleVolatility(0, 20), Is.EqualTo(1.5 * realized).Within(1e-12));
        Assert.That(new OptionMarks(panel, settings with { VolFloor = 2 }).RuleVolatility(0, 20), Is.EqualTo(2));
        // Before 10 returns exist, the fixed volatility stands in.
        Assert.That(marks.RuleVolatility(0, 5), Is.EqualTo(0.5));
    }

    [Test]
    public void RuleVolatility_TickerOverride_PinsThatTickerWhateverTheModel()
    {
        var panel = TestPanel.Of(["AAA", "BBB"], Days, [Alternating(Days.Length), Alternating(Days.Length)], [Alternating(Days.Length), Alternating(Days.Length)]);
        var settings = new OptionSettings { VolModel = VolatilityModel.Realized, VolWindow = 10, Vol = new TickerRates(0.5).With("BBB", 0.75) };

        var marks = new OptionMarks(panel, settings);

        Assert.That(marks.RuleVolatility(1, 20), Is.EqualTo(0.75));
        Assert.That(marks.RuleVolatility(0, 20), Is.Not.EqualTo(0.75));
    }

    [Test]
    public void RuleVolatility_WithHistory_LooksBackBeforeTheRun()
    {
        // The whole series has 30 days; the run starts on its 25th. A 20-day window needs the history.
        double[] closes = Alternating(Days.Length);
        var series = new TickerSeries("XYZ", Days, closes, closes, closes, closes, new double[Days.Length], [], []);
        PricePanel panel = PricePanelBuilder.Build([series], from: Days[25]);
        var settings = new OptionSettings { VolWindow = 20, VolMultiplier = 1, VolFloor = 0.01 };

        double withHistory = new OptionMarks(panel, settings, [series]).RuleVolatility(0, 0);
        double panelOnly = new OptionMarks(panel, settings).RuleVolatility(0, 0);

        Assert.That(withHistory, Is.EqualTo(Math.Log(1.02) * Math.Sqrt(252 * 20.0 / 19.0)).Within(1e-12));
        Assert.That(panelOnly, Is.EqualTo(0.5), "five days of the panel alone are too few");
    }

    [Test]
    public void ExpiryDay_ExpiryOnAHoliday_IsTheTradingDayBefore()
    {
        // Good Friday 2024-03-29: the market is shut, so a contract expiring then settles at Thursday's close.
        DateOnly[] days = [new(2024, 3, 27), new(2024, 3, 28), new(2024, 4, 1), new(2024, 4, 2)];
        var marks = new OptionMarks(TestPanel.Flat("XYZ", days, [10, 10, 10, 10]), new OptionSettings());

        Assert.That(marks.ExpiryDay(new DateOnly(2024, 3, 29)), Is.EqualTo(1));
        Assert.That(marks.ExpiryDay(new DateOnly(2024, 4, 2)), Is.EqualTo(3));
        Assert.That(marks.ExpiryDay(new DateOnly(2024, 4, 19)), Is.EqualTo(-1), "after the panel: valued at its mark, not settled");
    }

    [Test]
    public void Series_AskedAgain_IsTheSameSeriesAndAnEarlierStartExtendsIt()
    {
        var panel = TestPanel.Flat("XYZ", Days, Alternating(Days.Length));
        var marks = new OptionMarks(panel, new OptionSettings { VolModel = VolatilityModel.Fixed });
        var put = OptionContract.Put("XYZ", 100, new DateOnly(2024, 3, 15));

        OptionSeries late = marks.Series(put, 0, 10, double.NaN);
        OptionSeries again = marks.Series(put, 0, 12, double.NaN);
        OptionSeries early = marks.Series(put, 0, 3, double.NaN);

        Assert.That(again, Is.SameAs(late));
        Assert.That(early.FirstDay, Is.EqualTo(3));
        Assert.That(early.Mark(15), Is.EqualTo(late.Mark(15)));
        Assert.That(marks.Series(put, 0, 10, 0.3), Is.Not.SameAs(late), "another volatility is another series");
    }

    [Test]
    public void Series_MarkOnTheExpiryDay_IsTheIntrinsicValue()
    {
        var panel = TestPanel.Flat("XYZ", Days, [.. Enumerable.Repeat(90.0, Days.Length)]);
        var marks = new OptionMarks(panel, new OptionSettings());
        var put = OptionContract.Put("XYZ", 100, Days[10]);

        OptionSeries series = marks.Series(put, 0, 0, double.NaN);

        Assert.That(series.ExpiryDay, Is.EqualTo(10));
        Assert.That(series.LastDay, Is.EqualTo(10));
        Assert.That(series.Mark(10), Is.EqualTo(10));
        Assert.That(series.Mark(9), Is.EqualTo(AmericanOption.Price(OptionRight.Put, new OptionInputs(90, 100, 3 / 365.0, 0.04, 0, series.Volatility(9)))).Within(1e-12));
    }

    [Test]
    public void Series_RawPricesAcrossASplit_IsRefusedNamingTheSplit()
    {
        double[] closes = [.. Enumerable.Repeat(100.0, 15), .. Enumerable.Repeat(50.0, 15)];
        double[] splits = new double[Days.Length];
        splits[15] = 2;
        var panel = TestPanel.Of(["XYZ"], Days, [closes], [closes], splits: [splits]);
        var marks = new OptionMarks(panel, new OptionSettings(), rawPrices: true);

        var error = Assert.Throws<InputException>(() => marks.Series(OptionContract.Put("XYZ", 80, new DateOnly(2024, 3, 15)), 0, 0, double.NaN));

        Assert.That(error!.Message, Does.Contain(Days[15].ToString("yyyy-MM-dd")).And.Contain("prices=adjusted"));
    }
}
