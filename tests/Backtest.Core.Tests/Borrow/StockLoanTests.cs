using Backtest.Core.Borrow;
using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Parameters;
using Backtest.Testing;

namespace Backtest.Core.Tests.Borrow;

/// <summary>Recalls and fee stresses resolved to panel days, and dates that would silently change nothing refused.</summary>
public class StockLoanTests
{
    // Monday 1 to Tuesday 9 January 2024 (7 weekdays); LATE has no bar before Wednesday 3.
    private static readonly DateOnly[] Dates = TestPanel.Weekdays(new DateOnly(2024, 1, 1), 7);

    private static readonly PricePanel Panel = TestPanel.Of(
        ["XYZ", "LATE"],
        Dates,
        [[10, 10, 10, 10, 10, 10, 10], [double.NaN, double.NaN, 5, 5, 5, 5, 5]],
        [[10, 10, 10, 10, 10, 10, 10], [double.NaN, double.NaN, 5, 5, 5, 5, 5]]);

    [Test]
    public void From_RecallsAndStresses_LandOnTheirNextTradingDayInDayOrder()
    {
        var settings = new EngineSettings
        {
            // Saturday 6 falls on Monday 8 (day 5); LATE's Monday 1 on its first bar, Wednesday 3 (day 2).
            Recall = new TickerDates().With("xyz", new DateOnly(2024, 1, 6)).With("LATE", Dates[0]),
            BorrowFee = new TickerRates(0.01).With("XYZ", new DateOnly(2024, 1, 6), 0.5).With("LATE", new DateOnly(2023, 12, 1), 0.2),
            RecallDays = 3,
        };

        StockLoan loan = StockLoan.From(settings, Panel, null);

        // A stress dated before the run holds from its first day.
        Assert.That(loan.Events.Select(e => (e.Day, e.Ticker, e.Kind)), Is.EqualTo(new[]
        {
            (0, 1, LoanEventKind.FeeStress),
            (2, 1, LoanEventKind.Recall),
            (5, 0, LoanEventKind.FeeStress),
            (5, 0, LoanEventKind.Recall),
        }));
        Assert.That(loan.RecallDays, Is.EqualTo(3));
        Assert.That((loan.Rebates, loan.Available), Is.EqualTo(((double[]?)null, (double[]?)null)), "no borrow data: nothing to read in the loop");
    }

    [Test]
    public void From_NothingDated_IsNone()
    {
        Assert.That(StockLoan.From(new EngineSettings(), Panel, null), Is.SameAs(StockLoan.None));
    }

    [TestCase("recall", "XYZ", "2023-12-29", "recall.XYZ: 2023-12-29 is outside the run (2024-01-01 to 2024-01-09).")]
    [TestCase("recall", "XYZ", "2024-01-10", "recall.XYZ: 2024-01-10 is outside the run (2024-01-01 to 2024-01-09).")]
    [TestCase("recall", "ABC", "2024-01-03", "recall.ABC: recall.ABC names a ticker this run does not trade; it trades XYZ, LATE.")]
    [TestCase("stress", "XYZ", "2024-01-10", "borrowFee.XYZ@2024-01-10: 2024-01-10 is not before the run's last day 2024-01-09, so no night would be charged at it.")]
    [TestCase("stress", "XYZ", "2024-01-09", "borrowFee.XYZ@2024-01-09: 2024-01-09 is not before the run's last day 2024-01-09, so no night would be charged at it.")]
    public void From_DateThatWouldChangeNothing_IsAnInputErrorNamingIt(string kind, string ticker, string date, string message)
    {
        DateOnly day = DateOnly.ParseExact(date, "yyyy-MM-dd");
        EngineSettings settings = kind == "recall"
            ? new EngineSettings { Recall = new TickerDates().With(ticker, day) }
            : new EngineSettings { BorrowFee = new TickerRates(0.01).With(ticker, day, 0.5) };

        var error = Assert.Throws<InputException>(() => StockLoan.From(settings, Panel, null));

        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void From_BorrowDataWithoutRebatesOrAvailability_ReadsNeither()
    {
        BorrowRow[] rows = [new(Dates[0], "XYZ", 0.3, null, null)];

        StockLoan loan = StockLoan.From(new EngineSettings(), Panel, new BorrowSchedule(rows, Dates, Panel.Tickers));

        Assert.That((loan.Rebates, loan.Available), Is.EqualTo(((double[]?)null, (double[]?)null)));
    }
}
