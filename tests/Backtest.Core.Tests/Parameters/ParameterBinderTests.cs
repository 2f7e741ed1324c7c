using Backtest.Core.Engine;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Strategies;

namespace Backtest.Core.Tests.Parameters;

[TestFixture]
public class ParameterBinderTests
{
    private static readonly ParameterGroup Burry = ParameterGroup.For(typeof(Burry13F2025), "burry-13f-2025");

    [Test]
    public void Bind_NoAssignments_GivesTheDeclaredDefaults()
    {
        object[] bound = Bind();

        var strategy = (Burry13F2025)bound[0];
        var engine = (EngineSettings)bound[1];
        Assert.That(strategy.ShortAllocation, Is.EqualTo(0.8));
        Assert.That(strategy.EntryDate, Is.EqualTo(new DateOnly(2025, 10, 1)));
        Assert.That(engine.BorrowFee.Default, Is.EqualTo(0.005));
        Assert.That(engine.Fill, Is.EqualTo(FillTiming.Open));
    }

    [Test]
    public void Bind_SetsStrategyAndEngineValuesWithTheSameMechanism()
    {
        object[] bound = Bind("shortAllocation=0.6", "borrowFee=0.01", "borrowFee.PLTR=0.03", "fill=close", "fractional=true", "entryDate=2025-11-03");

        var strategy = (Burry13F2025)bound[0];
        var engine = (EngineSettings)bound[1];
        Assert.That(strategy.ShortAllocation, Is.EqualTo(0.6));
        Assert.That(strategy.EntryDate, Is.EqualTo(new DateOnly(2025, 11, 3)));
        Assert.That(engine.BorrowFee.For("PLTR"), Is.EqualTo(0.03));
        Assert.That(engine.BorrowFee.For("NVDA"), Is.EqualTo(0.01));
        Assert.That(engine.Fill, Is.EqualTo(FillTiming.Close));
        Assert.That(engine.Fractional, Is.True);
    }

    [Test]
    public void Bind_LaterAssignment_Wins()
    {
        var strategy = (Burry13F2025)Bind("shortAllocation=0.6", "shortAllocation=0.4")[0];

        Assert.That(strategy.ShortAllocation, Is.EqualTo(0.4));
    }

    [TestCase("shortAlloc=0.6", "unknown parameter 'shortAlloc'", "Did you mean 'shortAllocation'?")]
    [TestCase("shortAllocation=abc", "'abc' is not a number", "a number from 0 to 2")]
    [TestCase("shortAllocation=3", "3 is out of range", "a number from 0 to 2")]
    [TestCase("fill=tomorrow", "'tomorrow' is not one of open, close", "fill")]
    [TestCase("entryDate=01/10/2025", "is not a date yyyy-MM-dd", "entryDate")]
    [TestCase("fractional=maybe", "is not true or false", "fractional")]
    [TestCase("shortAllocation.PLTR=0.5", "has no per-ticker values", "shortAllocation")]
    [TestCase("borrowFee.BAD TICKER=0.5", "is not a ticker", "BAD TICKER")]
    [TestCase("borrowFee=-0.1", "is out of range", "a number from 0 to 10")]
    [TestCase("borrowFee.PLTR@2026-13-01=0.5", "the part after '@' is not a date yyyy-MM-dd", "borrowFee.TICKER@yyyy-MM-dd=value")]
    [TestCase("borrowFee.PLTR@2026-01-15=-1", "is out of range", "a number from 0 to 10")]
    [TestCase("capital@2026-01-15=5", "unknown parameter 'capital@2026-01-15'", "capital")]
    [TestCase("recall.PLTR=soon", "'soon' is not a date yyyy-MM-dd", "recall.TICKER=yyyy-MM-dd")]
    [TestCase("recall=2026-03-02", "'recall' does not name a ticker", "recall.TICKER=yyyy-MM-dd")]
    [TestCase("marginRate=2", "is out of range", "a number from 0 to 1")]
    public void Bind_BadValue_FailsNamingOriginParameterAndValidValues(string set, string problem, string hint)
    {
        var error = Assert.Throws<InputException>(() => Bind(set));

        Assert.That(error!.Message, Does.StartWith("--set " + set));
        Assert.That(error.Message, Does.Contain(problem));
        Assert.That(error.Message, Does.Contain(hint));
    }

    [Test]
    public void Bind_DatedValueOnAParameterWithoutDates_FailsNamingTheFormsItTakes()
    {
        var error = Assert.Throws<InputException>(() => ParameterBinder.Bind([RunPlan.OptionsGroup], [Assignment.FromCommandLine("vol.PLTR@2026-01-15=0.9")]));

        Assert.That(error!.Message, Is.EqualTo("--set vol.PLTR@2026-01-15=0.9: vol has no dated values ('vol.PLTR@2026-01-15'); write vol.TICKER=value."));
    }

    [Test]
    public void Bind_FeeStressesAndRecalls_AreKeptByTickerAndDateAndListedAsTyped()
    {
        object[] bound = Bind("borrowFee.pltr@2026-01-15=0.5", "borrowFee.PLTR@2026-03-02=0.9", "borrowFee.PLTR=0.03", "recall.nvda=2026-03-02", "recallDays=5", "marginRate=0.08");

        var engine = (EngineSettings)bound[1];
        Assert.That(engine.BorrowFee.Dated(), Is.EqualTo(new[] { ("PLTR", new DateOnly(2026, 1, 15), 0.5), ("PLTR", new DateOnly(2026, 3, 2), 0.9) }));
        Assert.That(engine.BorrowFee.For("PLTR"), Is.EqualTo(0.03), "a dated value leaves the undated one as it was");
        Assert.That(engine.Recall.Dates, Is.EqualTo(new Dictionary<string, DateOnly> { ["NVDA"] = new(2026, 3, 2) }));
        Assert.That((engine.RecallDays, engine.MarginRate), Is.EqualTo((5, 0.08)));
        var values = RunPlan.EngineGroup.Values(engine).ToDictionary();
        Assert.That(values["borrowFee.PLTR@2026-01-15"], Is.EqualTo("0.5"));
        Assert.That(values["borrowFee.PLTR@2026-03-02"], Is.EqualTo("0.9"));
        Assert.That(values["recall.NVDA"], Is.EqualTo("2026-03-02"));
        Assert.That(values.ContainsKey("recall"), Is.False, "recalls are listed one per ticker");

        // Bound again from its own listing, the settings come back the same: run.json's values replay.
        var replayed = (EngineSettings)ParameterBinder.Bind([RunPlan.EngineGroup], values.Select(v => new Assignment(v.Key, v.Value, "run.json")))[0];
        Assert.That(RunPlan.EngineGroup.Values(replayed).ToDictionary(), Is.EqualTo(values));
    }

    [Test]
    public void FromCommandLine_WithoutEquals_FailsWithAnExample()
    {
        var error = Assert.Throws<InputException>(() => Assignment.FromCommandLine("shortAllocation"));

        Assert.That(error!.Message, Does.Contain("expected name=value"));
    }

    [Test]
    public void Values_ListEveryParameterAndEachOverride()
    {
        object[] bound = Bind("borrowFee.PLTR=0.03");

        var values = RunPlan.EngineGroup.Values(bound[1]).ToDictionary();

        Assert.That(values["borrowFee"], Is.EqualTo("0.005"));
        Assert.That(values["borrowFee.PLTR"], Is.EqualTo("0.03"));
        Assert.That(values["commissionMaxPct"], Is.EqualTo("0.5"));
        Assert.That(values.Keys, Is.SupersetOf(new[] { "capital", "fill", "fractional", "commissionPerShare", "commissionMin", "slippageBps", "cashRate", "leverageCap" }));
    }

    private static object[] Bind(params string[] sets) =>
        ParameterBinder.Bind([Burry, RunPlan.EngineGroup, RunPlan.RunGroup], sets.Select(s => Assignment.FromCommandLine(s)));

    [Test]
    public void Bind_LongBadValue_QuotesOnlyTheStartOfWhatWasTyped()
    {
        string value = new string('9', 1000) + "x";

        var error = Assert.Throws<InputException>(() => Bind("shortAllocation=" + value));

        string typed = ("--set shortAllocation=" + value)[..InputExcerpt.MaxLength] + "...";
        Assert.That(error!.Message, Is.EqualTo($"{typed}: shortAllocation: '{value[..InputExcerpt.MaxLength]}...' is not a number; expected a number from 0 to 2."));
    }
}
