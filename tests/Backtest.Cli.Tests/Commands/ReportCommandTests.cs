using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary><c>report</c> and <c>compare</c> through the app: they draw from saved folders and reject bad input with exit 2.</summary>
[TestFixture]
public partial class ReportCommandTests
{
    private string _out = string.Empty;

    [SetUp]
    public void CreateOutFolder() => _out = TestPaths.NewTempFolder();

    [TearDown]
    public void DeleteOutFolder() => Directory.Delete(_out, recursive: true);

    [Test]
    public void Report_SavedRun_RedrawsReportAndChosenFormats()
    {
        string folder = RunBurry("shortAllocation=0.8");

        CliRun run = TestCli.Run("report", folder, "--format", "svg", "--size", "8x4");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(File.Exists(Path.Combine(folder, "report.pdf")), Is.True);
        Assert.That(Directory.GetFiles(Path.Combine(folder, "figures")).Select(Path.GetExtension).Distinct(), Is.EqualTo(new[] { ".svg" }));
        Assert.That(File.ReadAllText(Path.Combine(folder, "figures", "equity.svg")), Does.Contain("width=\"8in\" height=\"4in\""));
    }

    [Test]
    public void Compare_ThreeRuns_WritesTheComparisonAndNamesRunsByWhatDiffers()
    {
        string[] folders = [RunBurry("shortAllocation=0.4"), RunBurry("shortAllocation=0.6"), RunBurry("shortAllocation=0.8")];

        CliRun run = TestCli.Run(["compare", .. folders, "--out", _out, "--format", "png"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(run.Output, Does.Contain("shortAllocation=0.4").And.Contain("shortAllocation=0.6").And.Contain("shortAllocation=0.8"));
        string comparison = Directory.GetDirectories(Path.Combine(_out, "compare")).Single();
        Assert.That(
            Directory.GetFiles(comparison).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "comparison.pdf", "drawdown.png", "equity.png", "exposure.png", "metrics.csv" }));
        Assert.That(File.ReadAllLines(Path.Combine(comparison, "metrics.csv")), Has.Length.EqualTo(4), "a header and three runs");
    }

    [Test]
    public void Compare_StockShortAndPuts_NamesRunsByTheirPresetsAndShowsTheDeltaAdjustedNet()
    {
        string[] folders = [RunPreset("burry-13f-2025", "capital=1000000"), RunPreset("burry-puts-2025", "capital=1000000")];

        CliRun run = TestCli.Run(["compare", .. folders, "--out", _out, "--format", "png"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        string comparison = Directory.GetDirectories(Path.Combine(_out, "compare")).Single();
        string[] metrics = File.ReadAllLines(Path.Combine(comparison, "metrics.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(metrics[0].Split(','), Does.Contain("average_delta_net"), "metrics.csv header");
            Assert.That(metrics.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "burry-13f-2025", "burry-puts-2025" }), "runs named by their presets");
            Assert.That(run.Output, Does.Not.Contain("nvdaStrike"), "no parameter of one strategy listed against the other");
            Assert.That(File.Exists(Path.Combine(comparison, "exposure.png")), Is.True, "the exposure figure");
        }
    }

    [TestCase("report", "no-such-folder", "results folder 'no-such-folder' does not exist")]
    [TestCase("report", "{out}", "is not a results folder: it has no equity.csv")]
    [TestCase("report", "{run}", "--size", "big", "--size 'big': expected WIDTHxHEIGHT in inches")]
    [TestCase("report", "{run}", "--format", "jpeg", "--format 'jpeg': expected pdf, svg or png")]
    [TestCase("compare", "{run}", "name at least two results folders to compare")]
    public void Command_BadInput_ExitsTwoWithAMessage(params string[] arguments)
    {
        string run = arguments.Contains("{run}") ? RunBurry("shortAllocation=0.8") : string.Empty;
        string[] args = [.. arguments[..^1].Select(a => a.Replace("{out}", _out).Replace("{run}", run))];

        CliRun result = TestCli.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput), result.Output);
        Assert.That(result.Stderr, Does.StartWith("Error:").And.Contain(arguments[^1]));
    }

    private string RunBurry(string set) => RunPreset("burry-13f-2025", set);

    private string RunPreset(string preset, string set)
    {
        string parent = Path.Combine(_out, preset, set);
        CliRun run = TestCli.Run("run", preset, "--data", TestCli.FixturePrices, "--out", parent, "--set", set, "--no-report");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        return Directory.GetDirectories(Path.Combine(parent, preset)).Single();
    }
}
