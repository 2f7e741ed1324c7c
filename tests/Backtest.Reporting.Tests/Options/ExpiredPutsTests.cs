using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Options;

/// <summary>Puts that expire inside the run (December 2025, on the fixture prices): the expiry fills and events reach the report.</summary>
public sealed class ExpiredPutsTests
{
    private readonly TempFolders _temporary = new();
    private string _root = string.Empty;
    private SavedRun _run = null!;

    [OneTimeSetUp]
    public void RunToExpiry()
    {
        _root = _temporary.New();
        string folder = TestRuns.Run(
            TestRuns.Puts, TestRuns.FixturePrices, _root, withReport: true, "pltrExpiry=2025-12-19", "pltrPremium=0", "nvdaExpiry=2025-12-19", "vol.PLTR=0.6");
        _run = SavedRunReader.Read(folder);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Fills_PutsHeldToExpiry_ListTheExpiryOfEachContract()
    {
        int reason = Array.IndexOf(TradeRows.FillColumns(_run), "Reason");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(TradeRows.Fills(_run).Where(r => r[reason] == "expiry").Select(r => r[1]), Is.EqualTo(new[] { "PLTR 2025-12-19 P 50", "NVDA 2025-12-19 P 50" }));
            Assert.That(TradeRows.Reasons(_run), Does.StartWith("Fills by reason: rebalance 2, expiry 2."));
        }
    }

    [Test]
    public void Of_PutsHeldToExpiry_MarksTheExpiryOnce()
    {
        var markers = EventMarkers.Of(_run).Where(m => m.Label == "option expiry").ToArray();

        Assert.That(markers.Select(m => m.Date).Distinct(), Is.EqualTo(new[] { new DateOnly(2025, 12, 19) }));
    }

    [Test]
    public void OptionRows_PltrAtAFixedVolatility_SaysFixed() =>
        Assert.That(OptionRows.Of(_run).Single(r => r[0] == "PLTR 2025-12-19 P 50")[2], Is.EqualTo("60.00% fixed"));
}
