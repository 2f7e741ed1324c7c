using Backtest.Core.Data;
using Backtest.Core.Scenarios;
using Backtest.Testing;

namespace Backtest.Core.Tests.Scenarios;

[TestFixture]
public class JointMovesTests
{
    [Test]
    public void Of_TakesEachMoveFromThePreviousDayBothTraded()
    {
        // AAA trades five weekdays; BBB skips the third. Common days: 1, 2, 4, 5, so three moves.
        DateOnly[] days = TestPanel.Weekdays(new DateOnly(2026, 1, 5), 5);
        TickerSeries a = AnalogReplayTests.Series("AAA", days, open: [10, 11, 12, 13, 14], close: [10, 12, 15, 16, 20]);
        TickerSeries b = AnalogReplayTests.Series("BBB", [days[0], days[1], days[3], days[4]], open: [50, 51, 52, 53], close: [50, 55, 44, 66]);

        JointMoves moves = JointMoves.Of([a, b], null, null);

        Assert.That(moves.Dates, Is.EqualTo(new[] { days[1], days[3], days[4] }));
        // AAA: 12/10, 16/12 (over the day BBB missed), 20/16; opens 11/10, 13/12, 14/16.
        Assert.That(moves.Day[..3], Is.EqualTo(new[] { 12 / 10.0, 16 / 12.0, 20 / 16.0 }));
        Assert.That(moves.Gap[..3], Is.EqualTo(new[] { 11 / 10.0, 13 / 12.0, 14 / 16.0 }));
        // BBB: 55/50, 44/55, 66/44.
        Assert.That(moves.Day[3..], Is.EqualTo(new[] { 55 / 50.0, 44 / 55.0, 66 / 44.0 }));
    }

    [Test]
    public void WithoutDrift_TakesOutEachTickersMeanLogMoveAndKeepsItsSpread()
    {
        DateOnly[] days = TestPanel.Weekdays(new DateOnly(2026, 1, 5), 6);
        TickerSeries a = AnalogReplayTests.Series("AAA", days, open: [10, 11, 12, 13, 14, 15], close: [10, 12, 15, 16, 20, 30]);
        JointMoves moves = JointMoves.Of([a], null, null);

        JointMoves flat = moves.WithoutDrift();

        // The five moves multiply to 30/10 = 3, so each is divided by 3^(1/5): they then multiply to 1.
        double[] logs = [.. moves.LogReturns()[0]], flatLogs = [.. flat.LogReturns()[0]];
        Assert.That(flatLogs.Sum(), Is.EqualTo(0).Within(1e-12));
        Assert.That(flatLogs.Zip(logs, (f, l) => l - f), Has.All.EqualTo(Math.Log(3) / 5).Within(1e-12));
        Assert.That(flat.Gap[0], Is.EqualTo(1.1 / Math.Pow(3, 0.2)).Within(1e-12));
    }
}
