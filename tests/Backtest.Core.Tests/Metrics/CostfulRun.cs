using Backtest.Core.Engine;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Metrics;

/// <summary>
/// A three-day, two-ticker run paying every kind of cost, each amount worked out by hand; shared by the P&amp;L and the run metrics tests.
/// </summary>
/// <remarks>
/// Monday 1 to Wednesday 3 January 2024, fills at the close, capital 10,000. Commission 0.01 a share, 1.00 minimum, 1% cap;
/// slippage 10 bps; borrow 36% a year (0.1% a night); cash interest 3.6% a year (0.01% a night), both Actual/360.
/// AAA closes 100, 104, 110 and pays a 0.80 dividend on Wednesday; BBB closes 50, 48, 45 and pays 0.50 on Tuesday.
/// <code>
/// Mon  buy 50 AAA at 100 x 1.001 = 100.10: 5,005.00, slippage 50 x 0.10 = 5.00, commission max(0.50, 1) = 1.00
///      short 100 BBB at 50 x 0.999 = 49.95: 4,995.00, slippage 100 x 0.05 = 5.00, commission 1.00
///      cash 10,000 - 5,005 - 1 + 4,995 - 1 = 9,988.00; equity 9,988 + 50 x 100 - 100 x 50 = 9,988.00
/// Tue  interest 9,988 x 0.0001 = 0.9988; borrow 100 x 50 x 0.001 = 5.00; BBB dividend paid 100 x 0.50 = 50.00
///      cash 9,988 + 0.9988 - 5 - 50 = 9,933.9988; equity 9,933.9988 + 50 x 104 - 100 x 48 = 10,333.9988
/// Wed  interest 9,933.9988 x 0.0001 = 0.99339988; borrow 100 x 48 x 0.001 = 4.80; AAA dividend received 50 x 0.80 = 40.00
///      sell 50 AAA at 110 x 0.999 = 109.89: 5,494.50, slippage 50 x 0.11 = 5.50, commission 1.00
///      cash 9,933.9988 + 0.99339988 - 4.80 + 40 + 5,494.50 - 1 = 15,463.69219988; equity 15,463.69219988 - 100 x 45 = 10,963.69219988
/// </code>
/// </remarks>
internal static class CostfulRun
{
    public const double Capital = 10_000;

    public static readonly DateOnly[] Dates = [new(2024, 1, 1), new(2024, 1, 2), new(2024, 1, 3)];

    public static BacktestResult Run()
    {
        var panel = TestPanel.Of(
            ["AAA", "BBB"],
            Dates,
            opens: [[100, 104, 110], [50, 48, 45]],
            closes: [[100, 104, 110], [50, 48, 45]],
            dividends: [[0, 0, 0.8], [0, 0.5, 0]]);
        EngineSettings settings = Costless.Settings(Capital) with
        {
            CommissionPerShare = 0.01,
            CommissionMin = 1,
            CommissionMaxPct = 1,
            SlippageBps = 10,
            BorrowFee = new(0.36),
            CashRate = 0.036,
        };
        var strategy = new ScriptedStrategy(["AAA", "BBB"], new Schedule(Frequency.Daily), (context, book) =>
        {
            if (context.Day == 0)
            {
                book.SetQuantity(0, 50);
                book.SetQuantity(1, -100);
            }
            else if (context.Day == 2)
            {
                book.Close(0);
            }
        });

        return Backtester.Run(panel, strategy, settings);
    }
}
