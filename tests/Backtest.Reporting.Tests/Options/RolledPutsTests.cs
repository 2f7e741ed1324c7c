using Backtest.Core.Metrics;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Options;

/// <summary>
/// put-protection over years on the real prices: a hundred contracts rolled on eight names, too many to list one by one,
/// so the tables and the P&amp;L figure sum them per underlying.
/// </summary>
public sealed class RolledPutsTests
{
    private readonly TempFolders _temporary = new();
    private string _root = string.Empty;
    private SavedRun _run = null!;

    [OneTimeSetUp]
    public void RunFiveYearsOfPuts()
    {
        _root = _temporary.New();
        string folder = TestRuns.Run("put-protection", TestRuns.Prices(PriceData.Yahoo), _root, withReport: true, "from=2021-01-04");
        _run = SavedRunReader.Read(folder);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Grouped_ManyContracts_SumsEachUnderlyingsPnlAndKeepsTheTotal()
    {
        IReadOnlyList<TickerPnl> rows = ContributionFigure.Rows(_run);
        IReadOnlyList<TickerPnl> grouped = ContributionFigure.Grouped(rows, _run.Contracts);

        Assert.That(rows, Has.Count.GreaterThan(ContributionFigure.MostBars), "the run needs more contracts than a figure can show");
        Assert.That(grouped.Select(r => r.Ticker.Split(" (")[0]), Is.EquivalentTo(new[] { "NVDA puts", "PLTR puts", "MSFT puts", "AMD puts", "AVGO puts", "ORCL puts", "META puts", "SMCI puts" }));
        Assert.That(grouped.Sum(r => r.Pnl), Is.EqualTo(rows.Sum(r => r.Pnl)).Within(1e-6));
        foreach (TickerPnl group in grouped)
        {
            string name = group.Ticker.Split(" (")[0];
            TickerPnl[] members = [.. rows.Where(r => OptionGroups.Of(r.Ticker) == name)];
            Assert.That(group.Ticker, Is.EqualTo($"{name} ({members.Length})"));
            Assert.That(group.Pnl, Is.EqualTo(members.Sum(r => r.Pnl)).Within(1e-6));
        }
    }

    [Test]
    public void ByInstrument_ManyContracts_OneRowPerUnderlyingWithEveryFill()
    {
        IReadOnlyList<string[]> rows = TradeRows.ByInstrument(_run);

        Assert.That(_run.Contracts, Has.Count.GreaterThan(OptionGroups.MostRows));
        Assert.That(rows, Has.Count.EqualTo(8));
        Assert.That(rows.Sum(r => int.Parse(r[1].Replace(",", string.Empty))), Is.EqualTo(_run.Trades.Count));
    }

    [Test]
    public void OptionRows_ManyContracts_OneRowPerUnderlyingAndTheNoteSaysSo()
    {
        Assert.That(OptionRows.Of(_run), Has.Count.EqualTo(8));
        Assert.That(OptionRows.Note(_run), Does.Contain($"{_run.Contracts.Count} contracts, one row per underlying"));
    }
}
