using System.Globalization;
using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

/// <summary>Aligning tickers on the union of their days: opens exact, closes carried, listings ragged, windows checked.</summary>
/// <remarks>January 2024: Mon 8, Tue 9, Wed 10, Thu 11, Fri 12, (Sat 13, Sun 14), Mon 15 ... Fri 19.</remarks>
public partial class PricePanelBuilderTests
{
    private const double NaN = double.NaN;

    [Test]
    public void Build_TwoTickersWithDifferentDays_UsesTheUnionCalendar()
    {
        TickerSeries a = Bars("A", ["2024-01-08", "2024-01-09", "2024-01-11"], [10, 11, 13], [10.5, 11.5, 13.5]);
        TickerSeries b = Bars("B", ["2024-01-08", "2024-01-10", "2024-01-11"], [20, 21, 22], [20.5, 21.5, 22.5]);

        PricePanel panel = PricePanelBuilder.Build([a, b]);

        Assert.That(panel.Tickers, Is.EqualTo(new[] { "A", "B" }));
        Assert.That(panel.Dates, Is.EqualTo(Days("2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11")));
        Assert.That(Row(panel.Open, panel, 0), Is.EqualTo(new[] { 10, 11, NaN, 13 }));
        Assert.That(Row(panel.Close, panel, 0), Is.EqualTo(new[] { 10.5, 11.5, 11.5, 13.5 }));
        Assert.That(Row(panel.Open, panel, 1), Is.EqualTo(new[] { 20, NaN, 21, 22 }));
        Assert.That(Row(panel.Close, panel, 1), Is.EqualTo(new[] { 20.5, 20.5, 21.5, 22.5 }));
        Assert.That(panel.HasBar(0, 2), Is.False);
        Assert.That(panel.HasBar(1, 1), Is.False);
        Assert.That(panel.HasBar(0, 1), Is.True);
    }

    [Test]
    public void Build_TickerListingLater_HasNaNCloseBeforeItsFirstBarAndFirstDayOnItsListing()
    {
        TickerSeries a = Bars("A", ["2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12"], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]);
        TickerSeries b = Bars("B", ["2024-01-10", "2024-01-11", "2024-01-12"], [30, 31, 32], [30.5, 31.5, 32.5]);

        PricePanel panel = PricePanelBuilder.Build([a, b], from: Day("2024-01-08"));

        Assert.That(panel.DayCount, Is.EqualTo(5));
        Assert.That(Row(panel.Close, panel, 1), Is.EqualTo(new[] { NaN, NaN, 30.5, 31.5, 32.5 }));
        Assert.That(Row(panel.Open, panel, 1), Is.EqualTo(new[] { NaN, NaN, 30, 31, 32 }));
        Assert.That(panel.FirstDay, Is.EqualTo(new[] { 0, 2 }));
        Assert.That(panel.IsLive(1, 1), Is.False);
        Assert.That(panel.IsLive(1, 2), Is.True);
    }

    [Test]
    public void Build_FromOnADayWithoutABar_CarriesTheCloseFromBeforeTheWindow()
    {
        TickerSeries a = Bars("A", ["2024-01-08", "2024-01-10"], [10, 12], [10.5, 12.5]);
        TickerSeries b = Bars("B", ["2024-01-08", "2024-01-09", "2024-01-10"], [20, 21, 22], [20.5, 21.5, 22.5]);

        PricePanel panel = PricePanelBuilder.Build([a, b], from: Day("2024-01-09"));

        Assert.That(panel.Dates, Is.EqualTo(Days("2024-01-09", "2024-01-10")));
        Assert.That(Row(panel.Open, panel, 0), Is.EqualTo(new[] { NaN, 12 }));
        Assert.That(Row(panel.Close, panel, 0), Is.EqualTo(new[] { 10.5, 12.5 }));
        Assert.That(panel.FirstDay[0], Is.Zero);
    }

    [Test]
    public void Build_ToAfterATickersLastBar_CarriesItsCloseAndEndsItsLastDay()
    {
        TickerSeries a = Bars("A", ["2024-01-08", "2024-01-09"], [10, 11], [10.5, 11.5]);
        TickerSeries b = Bars("B", ["2024-01-08", "2024-01-09", "2024-01-10"], [20, 21, 22], [20.5, 21.5, 22.5]);

        PricePanel panel = PricePanelBuilder.Build([a, b], to: Day("2024-01-10"));

        Assert.That(panel.DayCount, Is.EqualTo(3));
        Assert.That(Row(panel.Close, panel, 0), Is.EqualTo(new[] { 10.5, 11.5, 11.5 }));
        Assert.That(panel.LastDay, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(panel.IsLive(0, 2), Is.False);
    }

    [Test]
    public void Build_NoTickers_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => PricePanelBuilder.Build([]));
    }

    private static TickerSeries Bars(string ticker, string[] dates, double[] opens, double[] closes, params Dividend[] dividends) =>
        new(
            ticker,
            Days(dates),
            opens,
            opens.Zip(closes, Math.Max).ToArray(),
            opens.Zip(closes, Math.Min).ToArray(),
            closes,
            new double[dates.Length],
            dividends,
            []);

    private static double[] Row(double[] values, PricePanel panel, int ticker) =>
        values.AsSpan(ticker * panel.DayCount, panel.DayCount).ToArray();

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly[] Days(params string[] texts) => texts.Select(Day).ToArray();
}
