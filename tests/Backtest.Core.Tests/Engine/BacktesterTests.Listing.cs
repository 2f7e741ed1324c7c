using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Strategies;
using Backtest.Testing;

namespace Backtest.Core.Tests.Engine;

/// <summary>A ticker cannot be traded before its first bar: PLTR listed on 2020-09-30.</summary>
public partial class BacktesterTests
{
    [Test]
    public void Run_TickerBeforeItsListing_IsNotTradedUntilItsFirstBar()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "listing");
        var source = new CsvFolderSource(folder);
        PricePanel panel = PricePanelBuilder.Build([source.Load("SPY"), source.Load("PLTR")], from: new DateOnly(2020, 9, 24));
        var live = new List<(DateOnly Date, bool Live)>();
        var strategy = new ScriptedStrategy(["SPY", "PLTR"], new Schedule(Frequency.Daily), (context, book) =>
        {
            live.Add((context.Date, context.IsLive(1)));
            book.SetWeight(0, 0.5);
            book.SetWeight(1, -0.5);
        });

        BacktestResult result = Backtester.Run(panel, strategy, Costless.Settings() with { Fill = FillTiming.Open });

        var listing = new DateOnly(2020, 9, 30);
        Assert.That(live.Where(x => x.Date < listing).Select(x => x.Live), Is.All.False);
        Assert.That(live.Where(x => x.Date >= listing).Select(x => x.Live), Is.All.True);
        // Decided after the listing day's close, filled at the next open: 2020-10-01.
        DateOnly firstPltrTrade = result.Trades.Where(t => t.Instrument == 1).Select(t => result.Date(t.Day)).Min();
        Assert.That(firstPltrTrade, Is.EqualTo(new DateOnly(2020, 10, 1)));
        for (int t = 0; t < result.DayCount && result.Date(t) <= listing; t++)
        {
            Assert.That(result.Quantity(1, t), Is.Zero, $"PLTR held on {result.Date(t)}");
        }

        Assert.That(result.Events.Where(e => e.Kind == RunEventKind.NotTrading).Select(e => e.Message), Has.One.Contains("PLTR"));
    }
}
