using Backtest.Core.Parameters;
using Backtest.Core.Runs;

namespace Backtest.Cli.Tests.Commands;

/// <summary><c>list</c>: every strategy, every preset, and every parameter with its default and valid values.</summary>
public class ListCommandTests
{
    private static readonly string[] Strategies = ["buy-and-hold", "burry-13f-2025", "ai-basket-short", "pair-msft-nvda"];

    [Test]
    public void List_Always_ExitsZeroAndNamesTheFourStrategies()
    {
        CliRun run = TestCli.Run("list");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        foreach (string strategy in Strategies)
        {
            Assert.That(run.Output, Does.Contain($"Strategy {strategy}:"));
        }
    }

    [Test]
    public void List_Always_ShowsEachPresetWithItsStrategyAndFile()
    {
        CliRun run = TestCli.Run("list");

        Assert.That(run.Output, Does.Contain("Presets"));
        foreach (string preset in Strategies)
        {
            Assert.That(run.Output, Does.Contain(Path.Combine(TestCli.PresetFolder, preset + ".preset")));
        }

        Assert.That(run.Output, Does.Contain("Short PLTR and NVDA 83:17 at 80% of equity from 2025-10-01, no rebalancing"));
    }

    [TestCase("shortAllocation")]
    [TestCase("entryDate")]
    [TestCase("borrowFee, borrowFee.TICKER")]
    [TestCase("leverageCap")]
    [TestCase("longTicker")]
    [TestCase("hedgeRatio")]
    [TestCase("benchmark")]
    public void List_Always_ShowsParameter(string name)
    {
        CliRun run = TestCli.Run("list");

        Assert.That(run.Output, Does.Contain(name));
    }

    [Test]
    public void List_Always_ShowsEveryDeclaredParameterWithItsValidValues()
    {
        CliRun run = TestCli.Run("list");

        IEnumerable<ParameterGroup> groups = TestCli.Environment().Strategies.All.Select(s => s.Parameters)
            .Append(RunPlan.EngineGroup)
            .Append(RunPlan.OptionsGroup)
            .Append(RunPlan.RunGroup);
        foreach (ParameterSpec spec in groups.SelectMany(g => g.Specs))
        {
            Assert.That(run.Output, Does.Contain(spec.Name).And.Contain(spec.ValidText), spec.Name);
        }

        Assert.That(run.Output, Does.Contain("a number from 0 to 2"));
        Assert.That(run.Output, Does.Contain("one of open, close"));
    }
}
