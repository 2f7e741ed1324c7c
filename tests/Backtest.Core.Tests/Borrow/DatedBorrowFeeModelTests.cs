using Backtest.Core.Borrow;

namespace Backtest.Core.Tests.Borrow;

/// <summary>The dated borrow rate: the data's fee where it has one, the constant borrowFee elsewhere.</summary>
public class DatedBorrowFeeModelTests
{
    private static readonly DateOnly[] Dates = [new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4)];

    [Test]
    public void AnnualRate_FallsBackToEachTickersConstantWhereTheScheduleHasNoFee()
    {
        BorrowRow[] rows =
        [
            new(new DateOnly(2024, 1, 3), "PLTR", 0.08, null, null),
            new(new DateOnly(2024, 1, 4), "PLTR", null, null, 100),
        ];
        var schedule = new BorrowSchedule(rows, Dates, ["PLTR", "TSLA"]);

        var model = new DatedBorrowFeeModel(schedule, [0.03, 0.005]);

        Assert.That(Enumerable.Range(0, 3).Select(t => model.AnnualRate(0, t)), Is.EqualTo(new[] { 0.03, 0.08, 0.03 }));
        Assert.That(Enumerable.Range(0, 3).Select(t => model.AnnualRate(1, t)), Is.EqualTo(new[] { 0.005, 0.005, 0.005 }));
        Assert.That(model.VariesByDay, Is.True);
    }

    [Test]
    public void Constructor_ConstantRatesNotOnePerTicker_Throws()
    {
        var schedule = new BorrowSchedule([], Dates, ["PLTR", "TSLA"]);

        Assert.Throws<ArgumentException>(() => _ = new DatedBorrowFeeModel(schedule, [0.03]));
    }
}
