using System.Globalization;
using System.Text.Json;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary><c>scenario --analog</c>: an ordinary results folder, on real prices up to the start and the analog after it.</summary>
[TestFixture]
public partial class ScenarioCommandTests
{
    private const string Burry = "burry-13f-2025";

    // SPY's own fixture days from 2025-10-01 to 2025-11-14 as the analog: the fixtures hold no older history.
    private const string Analog = "SPY:2025-10-01..2025-11-14";

    private readonly TempFolders _temporary = new();
    private string _out = string.Empty;

    [SetUp]
    public void CreateOutFolder() => _out = _temporary.New();

    [TearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Analog_WritesAResultsFolderMarkedAsAScenarioWhoseBenchmarkFollowsTheAnalogExactly()
    {
        CliRun run = Scenario(Burry, "--analog", Analog);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        string folder = Directory.GetDirectories(Path.Combine(_out, $"{Burry}-SPY-20251001-20251114")).Single();
        JsonElement scenario = Json(folder, "run.json").GetProperty("scenario");
        (double[] spy, string[] dates) = SpyCloses();
        int peak = Array.IndexOf(dates, "2025-10-01"), low = Array.IndexOf(dates, "2025-11-14");
        Assert.Multiple(() =>
        {
            Assert.That(scenario.GetProperty("kind").GetString(), Is.EqualTo("analog"));
            Assert.That(scenario.GetProperty("start").GetString(), Is.EqualTo("2025-12-31"), "the default start is the data's last day");
            Assert.That(scenario.GetProperty("analogReturn").GetDouble(), Is.EqualTo((spy[low] / spy[peak]) - 1));
            Assert.That(scenario.GetProperty("betas").GetProperty("SPY").GetDouble(), Is.EqualTo(1), "the analog's own ticker");
            Assert.That(scenario.GetProperty("betas").GetProperty("PLTR").GetDouble(), Is.Not.EqualTo(1), "a trailing beta");
            Assert.That(run.Stdout, Does.Contain($"{Burry}; scenario {Analog}"));
        });

        // The benchmark (SPY, beta 1) over the synthetic days moves exactly as SPY did over the analog's window.
        string[] equity = File.ReadAllLines(Path.Combine(folder, "equity.csv"));
        int benchmarkColumn = Array.IndexOf(equity[0].Split(','), "benchmark_equity");
        double Benchmark(string line) => double.Parse(line.Split(',')[benchmarkColumn], CultureInfo.InvariantCulture);
        int start = Array.FindIndex(equity, l => l.StartsWith("2025-12-31", StringComparison.Ordinal));
        Assert.That(equity.Length - 1 - start, Is.EqualTo(low - peak), "one synthetic day per analog day after its peak");
        Assert.That((Benchmark(equity[^1]) / Benchmark(equity[start])) - 1, Is.EqualTo((spy[low] / spy[peak]) - 1).Within(1e-12));
        DateOnly last = Enumerable.Range(1, 60).Select(d => new DateOnly(2025, 12, 31).AddDays(d))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ElementAt(low - peak - 1);
        Assert.That(equity[^1], Does.StartWith(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "weekdays after 2025-12-31");
    }

    [Test]
    public void Analog_FromAnEarlierStart_KeepsRealPricesOnlyUpToIt()
    {
        CliRun run = Scenario(Burry, "--analog", Analog, "--start", "2025-11-28", "--beta", "1");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        string folder = Directory.GetDirectories(Path.Combine(_out, $"{Burry}-SPY-20251001-20251114")).Single();
        JsonElement record = Json(folder, "run.json");
        Assert.That(record.GetProperty("scenario").GetProperty("start").GetString(), Is.EqualTo("2025-11-28"));
        Assert.That(record.GetProperty("scenario").GetProperty("betaRule").GetString(), Is.EqualTo("1"));
        (_, string[] dates) = SpyCloses();
        int realDays = dates.Count(d => string.CompareOrdinal(d, "2025-10-01") >= 0 && string.CompareOrdinal(d, "2025-11-28") <= 0);
        int analogDays = Array.IndexOf(dates, "2025-11-14") - Array.IndexOf(dates, "2025-10-01");
        Assert.That(File.ReadAllLines(Path.Combine(folder, "equity.csv")), Has.Length.EqualTo(1 + realDays + analogDays), "real days to the start, then the analog's");
    }

    [Test]
    public void Analog_OfABasket_ReplaysItsMembersEqualWeightMoves()
    {
        CliRun run = Scenario(Burry, "--analog", "SPY+MSFT:2025-10-01..2025-11-14");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        string folder = Directory.GetDirectories(Path.Combine(_out, $"{Burry}-SPY-MSFT-20251001-20251114")).Single();
        JsonElement scenario = Json(folder, "run.json").GetProperty("scenario");
        Assert.That(scenario.GetProperty("ticker").GetString(), Is.EqualTo("SPY+MSFT"));
        Assert.That(scenario.GetProperty("betas").GetProperty("SPY").GetDouble(), Is.Not.EqualTo(1), "SPY is a member, not the analog: it gets a trailing beta");
        Assert.That(Json(folder, "run.json").GetProperty("data").EnumerateArray().Select(d => Path.GetFileName(d.GetProperty("path").GetString())), Does.Contain("MSFT.csv"), "the basket's files are recorded");
    }

    [TestCase("--analog", "tulips-1637", "--analog: unknown analog 'tulips-1637'")]
    [TestCase("--analog", "dotcom-bust", "no price file for QQQ in ")]
    [TestCase("--analog", "SPY:1990-01-01..1991-01-01", "--analog SPY:1990-01-01..1991-01-01 needs SPY from 1990-01-01 to 1991-01-01; the data has SPY from 2025-09-25")]
    [TestCase("--start", "2024-01-02", "--start 2024-01-02 is outside the run's data")]
    [TestCase("--beta", "NVDA=lots", "--beta NVDA=lots: 'lots' is not a beta")]
    public void BadScenario_ExitsTwoWithOneLineSayingWhatIsWrong(string option, string value, string message)
    {
        string[] args = option == "--analog" ? ["--analog", value] : ["--analog", Analog, option, value];

        CliRun run = Scenario(Burry, args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.Contain(message));
        Assert.That(run.Stderr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), run.Stderr);
        Assert.That(Directory.GetFileSystemEntries(_out), Is.Empty);
    }

    [Test]
    public void Analog_OnRealData_DotcomBustFallsEightyThreePercentOnQqq()
    {
        if (!Directory.Exists(TestPaths.YahooDaily))
        {
            Assert.Ignore($"needs the real prices in {TestPaths.YahooDaily} (../shared/data beside the project)");
        }

        CliRun run = TestCli.Run(["scenario", Burry, "--analog", "dotcom-bust", "--data", TestPaths.YahooDaily, "--out", _out, "--no-report", "--json"]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        string folder = Directory.GetDirectories(Path.Combine(_out, $"{Burry}-dotcom-bust")).Single();
        JsonElement scenario = Json(folder, "run.json").GetProperty("scenario");
        // QQQ closed 117.75 on 2000-03-27 and 20.06 (20.059999465942383) on 2002-10-09.
        Assert.That(scenario.GetProperty("analogReturn").GetDouble(), Is.EqualTo((20.059999465942383 / 117.75) - 1).Within(1e-15));
        Assert.That(scenario.GetProperty("start").GetString(), Is.EqualTo("2026-05-29"));
        using JsonDocument summary = JsonDocument.Parse(run.Stdout);
        Assert.That(summary.RootElement.GetProperty("folder").GetString(), Is.EqualTo(folder));
    }

    private CliRun Scenario(string target, params string[] args) =>
        TestCli.Run(["scenario", target, .. args, "--data", TestCli.FixturePrices, "--out", _out, "--no-report"]);

    private static (double[] Closes, string[] Dates) SpyCloses()
    {
        string[][] rows = [.. File.ReadAllLines(Path.Combine(TestCli.FixturePrices, "SPY.csv")).Skip(1).Select(l => l.Split(','))];
        return ([.. rows.Select(r => double.Parse(r[4], CultureInfo.InvariantCulture))], [.. rows.Select(r => r[0])]);
    }

    private static JsonElement Json(string folder, string file)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
        return document.RootElement.Clone();
    }
}
