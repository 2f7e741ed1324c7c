using System.Text.Json;
using System.Text.RegularExpressions;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>What a script needs: the version, one strategy or preset listed, a run's summary as one JSON object on stdout.</summary>
public class ScriptingTests
{
    private readonly TempFolders _temporary = new();

    [TearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Version_PrintsTheVersionAndTheCommitItWasBuiltFrom()
    {
        CliRun run = TestCli.Run("--version");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Stdout.Trim(), Does.Match(@"^backtest \d+\.\d+\.\d+ \(commit [0-9a-f]{12}\)$"), "the tests run from a git checkout, so the commit is known");
    }

    [Test]
    public void List_OnePreset_ShowsEveryParameterWithTheValueItWouldRunWith()
    {
        CliRun run = TestCli.Run("list", "burry-13f-2025");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Stdout, Does.StartWith("Preset burry-13f-2025 ("));
        Assert.That(Row(run.Stdout, "shortAllocation"), Does.Contain("0.8 (preset)"));
        Assert.That(Row(run.Stdout, "recallDays"), Does.Contain("20").And.Not.Contain("(preset)"));
        Assert.That(run.Stdout, Does.Contain("Engine settings").And.Contain("Option pricing and costs").And.Contain("Run settings"));
        Assert.That(run.Stdout, Does.Not.Contain("Strategy pair-msft-nvda"), "only the one asked for");
    }

    [Test]
    public void List_UnknownName_ExitsTwoNamingWhatThereIs()
    {
        CliRun run = TestCli.Run("list", "nosuch");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: unknown strategy or preset 'nosuch'"));
    }

    [Test]
    public void Run_Json_PrintsOneJsonObjectOnStdoutAndNothingElse()
    {
        string output = _temporary.New();

        CliRun run = TestCli.Run("run", "burry-13f-2025", "--data", TestCli.FixturePrices, "--out", output, "--no-report", "--json", "--set", "shortAllocation=0.6");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        using JsonDocument json = JsonDocument.Parse(run.Stdout);
        JsonElement root = json.RootElement;
        string folder = root.GetProperty("folder").GetString()!;
        Assert.That(root.GetProperty("label").GetString(), Is.EqualTo("burry-13f-2025"));
        Assert.That(root.GetProperty("set").GetProperty("shortAllocation").GetString(), Is.EqualTo("0.6"));
        using JsonDocument saved = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "metrics.json")));
        Assert.That(
            root.GetProperty("metrics").GetProperty("strategy").GetProperty("totalReturn").GetDouble(),
            Is.EqualTo(saved.RootElement.GetProperty("strategy").GetProperty("totalReturn").GetDouble()));
        Assert.That(run.Stdout.Trim().Split('\n'), Has.Length.EqualTo(1), "one line, nothing else on stdout");
    }

    [Test]
    public void Run_Summary_TitleNamesTheOverridesAndTheTableShowsSortinoAndCalmar()
    {
        string output = _temporary.New();

        CliRun run = TestCli.Run("run", "burry-13f-2025", "--data", TestCli.FixturePrices, "--out", output, "--no-report", "--set", "shortAllocation=0.6");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Stdout, Does.Contain("burry-13f-2025, shortAllocation=0.6"));
        Assert.That(Regex.IsMatch(run.Stdout, @"│ Sortino\s+│\s+-?\d+\.\d\d │"), Is.True, run.Stdout);
        Assert.That(Regex.IsMatch(run.Stdout, @"│ Calmar\s+│\s+-?\d+\.\d\d │"), Is.True, run.Stdout);
    }

    private static string Row(string table, string parameter) =>
        table.Split('\n').First(line => line.StartsWith($"│ {parameter} ", StringComparison.Ordinal));
}
