using Backtest.Core.Parameters;
using Backtest.Testing;

namespace Backtest.Core.Tests.Parameters;

[TestFixture]
public class PresetTests
{
    [Test]
    public void Load_KeyValueLinesWithComments_GivesStrategyAndAssignmentsWithTheirLines()
    {
        string path = Write("my.preset", """
            # a comment
            strategy = burry-13f-2025
            description = A test preset

            shortAllocation = 0.6   # trailing comment
            borrowFee.PLTR=0.03
            """);

        Preset preset = Preset.Load(path);

        Assert.That(preset.Name, Is.EqualTo("my"));
        Assert.That(preset.Strategy, Is.EqualTo("burry-13f-2025"));
        Assert.That(preset.Description, Is.EqualTo("A test preset"));
        Assert.That(preset.Assignments.Select(a => (a.Key, a.Value)), Is.EqualTo(new[] { ("shortAllocation", "0.6"), ("borrowFee.PLTR", "0.03") }));
        Assert.That(preset.Assignments[0].Origin, Is.EqualTo($"{path}, line 5"));
    }

    [Test]
    public void Load_LineWithoutEquals_FailsNamingFileAndLine()
    {
        string path = Write("bad.preset", "strategy = buy-and-hold\nticker SPY\n");

        var error = Assert.Throws<InputException>(() => Preset.Load(path));

        Assert.That(error!.Message, Does.Contain($"{path}, line 2"));
        Assert.That(error.Message, Does.Contain("expected 'name = value'"));
    }

    [Test]
    public void Load_WithoutStrategy_Fails()
    {
        string path = Write("none.preset", "shortAllocation = 0.6\n");

        var error = Assert.Throws<InputException>(() => Preset.Load(path));

        Assert.That(error!.Message, Does.Contain("no 'strategy = <name>' line"));
    }

    [Test]
    public void ShippedPresets_AllLoadAndBindAgainstTheirStrategies()
    {
        var catalog = new Runs.StrategyCatalog(typeof(Backtest.Strategies.Burry13F2025).Assembly);
        string[] files = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "strategies"), "*.preset");

        Assert.That(files.Select(Path.GetFileNameWithoutExtension), Is.SupersetOf(new[] { "buy-and-hold", "burry-13f-2025", "burry-puts-2025", "put-protection", "ai-basket-short", "pair-msft-nvda" }));
        foreach (string file in files)
        {
            Preset preset = Preset.Load(file);
            Runs.StrategyInfo strategy = catalog.Find(preset.Strategy) ?? throw new AssertionException($"{file}: no strategy {preset.Strategy}");
            Assert.DoesNotThrow(() => ParameterBinder.Bind([strategy.Parameters, Runs.RunPlan.EngineGroup, Runs.RunPlan.OptionsGroup, Runs.RunPlan.RunGroup], preset.Assignments), file);
        }
    }

    private static string Write(string name, string text)
    {
        string path = Path.Combine(TestPaths.NewTempFolder(), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Load_LongLineWithoutEquals_QuotesOnlyItsStart()
    {
        string line = new('z', 4000);
        string path = Write("long.preset", $"strategy = buy-and-hold\n{line}\n");

        var error = Assert.Throws<InputException>(() => Preset.Load(path));

        Assert.That(error!.Message, Is.EqualTo($"{path}, line 2: expected 'name = value' (or a # comment), found '{line[..InputExcerpt.MaxLength]}...'."));
    }
}
