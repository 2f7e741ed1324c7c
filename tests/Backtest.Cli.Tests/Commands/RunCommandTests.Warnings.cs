namespace Backtest.Cli.Tests.Commands;

/// <summary>What run says before it runs, though nothing stops it; with --strict each warning is exit 2 and nothing is written.</summary>
public partial class RunCommandTests
{
    [Test]
    public void Run_SettingGivenTwiceOnTheCommandLine_WarnsWhichValueWonAndRunsWithIt()
    {
        _out = NewTempFolder();

        CliRun run = RunOnFixtures(Burry, "--set", "shortAllocation=0.6", "--set", "shortAllocation=0.4");

        AssertSucceeded(run);
        Assert.That(Flat(run.Stderr), Does.Contain("Warning: shortAllocation is given 2 times on the command line (--set shortAllocation=0.6, then --set shortAllocation=0.4); the last, 0.4, is used"));
        Assert.That(ReadJson(SingleResultFolder(Burry), "run.json").GetProperty("parameters").GetProperty("shortAllocation").GetString(), Is.EqualTo("0.4"));
    }

    [Test]
    public void Run_CommandLineOverridingThePreset_IsNoWarning()
    {
        _out = NewTempFolder();

        CliRun run = RunOnFixtures(Burry, "--set", "shortAllocation=0.6");

        AssertSucceeded(run);
        Assert.That(run.Stderr, Is.Empty);
    }

    [Test]
    public void Run_LegListedLate_WarnsForHowLongItCannotTrade()
    {
        // PLTR's file starts on 2025-10-15 instead of 2025-09-25: from 2025-10-01 its leg cannot trade for 10 days.
        string data = CopyOfFixturePrices();
        string pltr = Path.Combine(data, "PLTR.csv");
        File.WriteAllLines(pltr, File.ReadAllLines(pltr).Where((line, n) => n == 0 || string.CompareOrdinal(line, "2025-10-15") >= 0));
        _out = NewTempFolder();

        CliRun run = RunOn(data, Burry);

        AssertSucceeded(run);
        Assert.That(Flat(run.Stderr), Does.Contain("Warning: PLTR has no prices before 2025-10-15: for the run's first 10 trading days (2025-10-01 on) the strategy cannot trade it"));
    }

    [Test]
    public void Run_LegListedAfterTheWindow_WarnsThatItCannotTradeAtAll()
    {
        // PLTR's file starts on 2025-10-15 and the run ends on 2025-10-10: no PLTR price in the window at all.
        string data = CopyOfFixturePrices();
        string pltr = Path.Combine(data, "PLTR.csv");
        File.WriteAllLines(pltr, File.ReadAllLines(pltr).Where((line, n) => n == 0 || string.CompareOrdinal(line, "2025-10-15") >= 0));
        _out = NewTempFolder();

        CliRun run = RunOn(data, Burry, "--to", "2025-10-10");

        AssertSucceeded(run);
        Assert.That(Flat(run.Stderr), Does.Contain("Warning: PLTR has no prices from 2025-10-01 to 2025-10-10: the strategy cannot trade it in this run at all"));
    }

    [Test]
    public void Run_DataThatDataCheckFailsInsideTheWindow_Warns()
    {
        // A placeholder bar (open = high = low = close, no volume) planted on NVDA's 2025-11-03.
        string data = CopyOfFixturePrices();
        string nvda = Path.Combine(data, "NVDA.csv");
        File.WriteAllLines(nvda, File.ReadAllLines(nvda).Select(line => line.StartsWith("2025-11-03,", StringComparison.Ordinal) ? "2025-11-03,200,200,200,200,0" : line));
        _out = NewTempFolder();

        CliRun run = RunOn(data, Burry);

        AssertSucceeded(run);
        Assert.That(Flat(run.Stderr), Does.Contain("Warning: NVDA 2025-11-03: placeholder bar (open = high = low = close = 200, volume 0); data check fails this data, and the run uses it"));
    }

    [Test]
    public void Run_WarningUnderStrict_ExitsTwoWithTheWarningAndWritesNothing()
    {
        _out = NewTempFolder();

        CliRun run = RunOnFixtures(Burry, "--set", "shortAllocation=0.6", "--set", "shortAllocation=0.4", "--strict");

        AssertBadInput(run, "--strict: shortAllocation is given 2 times on the command line");
    }

    // Warnings are single lines on stderr; the words are what is checked here.
    private static string Flat(string output) => string.Join(' ', output.Split('\n', StringSplitOptions.TrimEntries));
}
