using Backtest.Core.Data;

namespace Backtest.Core.Tests.Data;

/// <summary>The run window: its default, and windows the data does not cover.</summary>
public partial class PricePanelBuilderTests
{
    // A runs 2024-01-08..2024-01-17 and B 2024-01-10..2024-01-19: the data covers 2024-01-08..2024-01-19.
    private static readonly string[] ADays = ["2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12", "2024-01-15", "2024-01-16", "2024-01-17"];
    private static readonly string[] BDays = ["2024-01-10", "2024-01-11", "2024-01-12", "2024-01-15", "2024-01-16", "2024-01-17", "2024-01-18", "2024-01-19"];

    [Test]
    public void Build_NoFromOrTo_RunsFromWhenAllAreListedToTheFirstLastDate()
    {
        PricePanel panel = PricePanelBuilder.Build(Ragged());

        // From B's listing (the later first date) to A's end (the earlier last date).
        Assert.That(panel.Dates, Is.EqualTo(Days("2024-01-10", "2024-01-11", "2024-01-12", "2024-01-15", "2024-01-16", "2024-01-17")));
        Assert.That(panel.FirstDay, Is.EqualTo(new[] { 0, 0 }));
    }

    [Test]
    public void Build_FromAndToInsideTheData_CutsTheWindowInclusive()
    {
        PricePanel panel = PricePanelBuilder.Build(Ragged(), Day("2024-01-09"), Day("2024-01-18"));

        Assert.That(panel.Dates, Is.EqualTo(Days("2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12", "2024-01-15", "2024-01-16", "2024-01-17", "2024-01-18")));
    }

    [TestCase("2023-12-01", null, "--from 2023-12-01 is outside the data", TestName = "Build_FromBeforeTheData_ThrowsNamingDateAndRange")]
    [TestCase("2024-02-01", null, "--from 2024-02-01 is outside the data", TestName = "Build_FromAfterTheData_ThrowsNamingDateAndRange")]
    [TestCase(null, "2024-02-01", "--to 2024-02-01 is outside the data", TestName = "Build_ToAfterTheData_ThrowsNamingDateAndRange")]
    [TestCase(null, "2023-12-01", "--to 2023-12-01 is outside the data", TestName = "Build_ToBeforeTheData_ThrowsNamingDateAndRange")]
    [TestCase("2023-12-01", "2024-02-01", "--from 2023-12-01 is outside the data", TestName = "Build_FromAndToAroundTheData_ThrowsNamingFrom")]
    public void Build_WindowOutsideTheData_ThrowsNamingDateAndRange(string? from, string? to, string problem)
    {
        var error = Assert.Throws<InputException>(() => PricePanelBuilder.Build(Ragged(), Optional(from), Optional(to)));

        Assert.That(error.Message, Does.Contain(problem).And.Contain("runs from 2024-01-08 to 2024-01-19"));
    }

    [Test]
    public void Build_FromAfterTo_ThrowsEmptyWindow()
    {
        var error = Assert.Throws<InputException>(() => PricePanelBuilder.Build(Ragged(), Day("2024-01-16"), Day("2024-01-11")));

        Assert.That(error.Message, Does.Contain("from 2024-01-16 is after to 2024-01-11"));
    }

    [Test]
    public void Build_WindowOnAWeekend_ThrowsNoTradingDay()
    {
        var error = Assert.Throws<InputException>(() => PricePanelBuilder.Build(Ragged(), Day("2024-01-13"), Day("2024-01-14")));

        Assert.That(error.Message, Does.Contain("2024-01-13 to 2024-01-14 holds no trading day"));
    }

    private static TickerSeries[] Ragged() =>
    [
        Bars("A", ADays, [.. ADays.Select((_, k) => 10.0 + k)], [.. ADays.Select((_, k) => 10.5 + k)]),
        Bars("B", BDays, [.. BDays.Select((_, k) => 20.0 + k)], [.. BDays.Select((_, k) => 20.5 + k)]),
    ];

    private static DateOnly? Optional(string? text) => text is null ? null : Day(text);
}
