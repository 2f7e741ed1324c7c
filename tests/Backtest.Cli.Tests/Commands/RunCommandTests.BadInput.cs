namespace Backtest.Cli.Tests.Commands;

/// <summary>Bad input: exit code 2, one "Error:" line on standard error that names the problem and what is valid, and nothing written.</summary>
public partial class RunCommandTests
{
    // Arguments after "run" (split on spaces; --data and --out are added), then what the message must say.
    [TestCase("nosuch", "unknown strategy or preset 'nosuch'", "Presets: ai-basket-short, burry-13f-2025, burry-13f-2025-squeeze, burry-puts-2025, buy-and-hold, pair-msft-nvda, put-protection")]
    [TestCase("nosuch.preset", "unknown strategy or preset 'nosuch.preset'")]
    [TestCase("burry-13f-2025 --set shortAlloc=0.6", "--set shortAlloc=0.6: unknown parameter 'shortAlloc'", "Did you mean 'shortAllocation'?")]
    [TestCase("burry-13f-2025 --set shortAllocaton=0.6", "unknown parameter 'shortAllocaton'", "Did you mean 'shortAllocation'?")]
    [TestCase("burry-13f-2025 --set borrowFe.PLTR=0.03", "unknown parameter 'borrowFe.PLTR'", "Did you mean 'borrowFee'?")]
    [TestCase("burry-13f-2025 --set shortAllocation=abc", "--set shortAllocation=abc: shortAllocation: 'abc' is not a number", "expected a number from 0 to 2")]
    [TestCase("burry-13f-2025 --set shortAllocation=3", "shortAllocation: 3 is out of range", "expected a number from 0 to 2")]
    [TestCase("burry-13f-2025 --set shortAllocation=-0.1", "shortAllocation: -0.1 is out of range", "expected a number from 0 to 2")]
    [TestCase("burry-13f-2025 --set fill=tomorrow", "fill: 'tomorrow' is not one of open, close")]
    [TestCase("burry-13f-2025 --set fractional=maybe", "fractional: 'maybe' is not true or false")]
    [TestCase("burry-13f-2025 --set shortAllocation", "--set 'shortAllocation': expected name=value")]
    [TestCase("burry-13f-2025 --set =0.6", "expected name=value")]
    [TestCase("burry-13f-2025 --set rebalance.PLTR=daily", "rebalance has no per-ticker values")]
    [TestCase("burry-13f-2025 --set borrowFee.XYZ=0.03", "--set borrowFee.XYZ=0.03: borrowFee.XYZ names a ticker this run does not trade; it trades PLTR, NVDA")]
    [TestCase("buy-and-hold --set ticker=", "ticker: '' is not a ticker")]
    [TestCase("buy-and-hold --set ticker=../etc/passwd", "--set ticker=../etc/passwd: ticker: '../etc/passwd' is not a ticker (letters, digits, '.', '-', '^' or '=', at most 20); expected a ticker")]
    [TestCase("pair-msft-nvda --set longTicker=MS+FT", "longTicker: 'MS+FT' is not a ticker")]
    [TestCase("pair-msft-nvda --set shortTicker=NV_DA", "shortTicker: 'NV_DA' is not a ticker")]
    [TestCase("ai-basket-short --set hedge=S/PY", "hedge: 'S/PY' is not a ticker", "expected a ticker, or none")]
    [TestCase("burry-13f-2025 --benchmark S*PY", "benchmark: 'S*PY' is not a ticker", "expected a ticker, or none")]
    [TestCase("pair-msft-nvda --from 2025-12-31", "the run window holds one trading day (2025-12-31); a run needs at least two")]
    [TestCase("pair-msft-nvda --from 2025-10-01 --set longTicker=XYZ", "no price file for XYZ in", "(expected XYZ.csv; tickers available there: MSFT, NVDA, PLTR, SPY). Fetch it with: backtest data fetch XYZ --data ")]
    [TestCase("burry-13f-2025 --from 2025-09-01", "--from 2025-09-01 is outside the data, which runs from 2025-09-25 to 2025-12-31")]
    [TestCase("burry-13f-2025 --to 2026-03-02", "--to 2026-03-02 is outside the data, which runs from 2025-09-25 to 2025-12-31")]
    [TestCase("burry-13f-2025 --from 2025-12-01 --to 2025-11-03", "the run window is empty: from 2025-12-01 is after to 2025-11-03")]
    [TestCase("pair-msft-nvda --from 2025-11-27 --to 2025-11-27", "the run window 2025-11-27 to 2025-11-27 holds no trading day")]
    [TestCase("burry-13f-2025 --from 2025-13-01", "from: '2025-13-01' is not a date yyyy-MM-dd")]
    [TestCase("burry-13f-2025 --set entryDate=2026-01-15", "entryDate 2026-01-15 is after the run's last day 2025-12-31")]
    [TestCase("burry-13f-2025 --set entryDate=2025-09-26", "entryDate 2025-09-26 is before the run's first day 2025-10-01")]
    [TestCase("burry-13f-2025 --to 2025-11-28 --set entryDate=2025-12-01", "entryDate 2025-12-01 is after the run's last day 2025-11-28")]
    [TestCase("burry-13f-2025 --set entryDate=2025-12-31", "entryDate 2025-12-31 leaves no day to trade", "after the run's last close (2025-12-31)", "fill=close")]
    [TestCase("burry-13f-2025 --to 2025-11-28 --set entryDate=2025-11-27", "entryDate 2025-11-27 leaves no day to trade", "(2025-11-28)")]
    [TestCase("burry-13f-2025 --benchmark QQQ", "no price file for ticker 'QQQ'", "QQQ.csv")]
    [TestCase("burry-13f-2025 --set benchmark=QQQ", "no price file for ticker 'QQQ'")]
    [TestCase("burry-13f-2025 --form 2025-11-03", "Unknown option 'form'")]
    [TestCase("burry-13f-2025 pair-msft-nvda", "pair-msft-nvda")]
    [TestCase("burry-13f-2025 --set capital=1e308", "--set capital=1e308: capital: 1E+308 is out of range", "a number from 1 to 1000000000000")]
    public void Run_BadInput_ExitsTwoNamingTheProblemAndWritesNothing(string arguments, params string[] expected)
    {
        CliRun run = RunOnFixtures(arguments.Split(' '));

        AssertBadInput(run, expected);
    }

    [Test]
    public void Run_NoStrategy_ExitsTwo()
    {
        CliRun run = TestCli.Run("run", "--data", TestCli.FixturePrices, "--out", _out);

        AssertBadInput(run, "STRATEGY");
    }

    [Test]
    public void Run_MissingDataFolder_ExitsTwoNamingTheFolder()
    {
        string missing = Path.Combine(_out, "no-such-data");

        CliRun run = RunOn(missing, Burry);

        AssertBadInput(run, $"data folder '{missing}' does not exist", "--data");
    }

    // Line (1 is the header) and field (0 Date .. 5 Volume, 6 an extra field) of PLTR.csv to replace, and the problem named.
    [TestCase(9, 4, "abc", "Close 'abc' is not a number")]
    [TestCase(9, 0, "2025-10-01", "Date 2025-10-01 comes before the previous row's 2025-10-03")]
    [TestCase(12, 0, "2025-10-08", "Date 2025-10-08 repeats the previous row's 2025-10-08")]
    [TestCase(30, 0, "11/05/2025", "Date '11/05/2025' is not an ISO date (yyyy-MM-dd)")]
    [TestCase(30, 2, "1.5", "High 1.5 is below Low")]
    [TestCase(45, 1, "-3", "Open -3 is not a positive price")]
    [TestCase(45, 1, "999", "Open 999 is outside the bar's Low..High")]
    [TestCase(60, 5, "", "Volume is empty")]
    [TestCase(60, 5, "-100", "Volume -100 is negative")]
    [TestCase(69, 6, "7", "expected 6 fields as in the header, found 7")]
    public void Run_MalformedPriceRow_ExitsTwoNamingFileAndLine(int line, int field, string value, string problem)
    {
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "PLTR.csv");
        string[] lines = File.ReadAllLines(file);
        var fields = lines[line - 1].Split(',').ToList();
        if (field < fields.Count)
        {
            fields[field] = value;
        }
        else
        {
            fields.Add(value);
        }

        lines[line - 1] = string.Join(',', fields);
        File.WriteAllLines(file, lines);

        CliRun run = RunOn(data, Burry);

        AssertBadInput(run, $"{file}, line {line}: {problem}");
    }

    [Test]
    public void Run_PriceCellWithEscapeAndBell_ExitsTwoShowingThemEscaped()
    {
        // An xterm sequence that retitles the window and rings the bell, then markup Spectre would colour if it read it.
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "PLTR.csv");
        string[] lines = File.ReadAllLines(file);
        string[] fields = lines[8].Split(',');
        fields[4] = "\u001b]0;owned\u0007[red]9";
        lines[8] = string.Join(',', fields);
        File.WriteAllLines(file, lines);

        CliRun run = RunOn(data, Burry);

        AssertBadInput(run, $@"{file}, line 9: Close '\x1B]0;owned\x07[red]9' is not a number");
        Assert.That(run.Stderr.TrimEnd('\n'), Does.Not.Contain('\n'), "one line");
        Assert.That(run.Output, Does.Not.Contain('\u001b').And.Not.Contain('\u0007'), "no raw control character");
    }

    [Test]
    public void Run_MalformedDividendRow_ExitsTwoNamingFileAndLine()
    {
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "NVDA_dividends.csv");
        File.WriteAllLines(file, ["Date,Dividend", "2025-10-15,0.01", "2025-12-04,lots"]);

        CliRun run = RunOn(data, Burry);

        AssertBadInput(run, $"{file}, line 3: Dividend 'lots' is not a number");
    }

    [Test]
    public void Run_PriceFileWithoutCloseColumn_ExitsTwoNamingTheColumn()
    {
        string data = CopyOfFixturePrices();
        string file = Path.Combine(data, "NVDA.csv");
        File.WriteAllLines(file, File.ReadAllLines(file).Select(l => string.Join(',', l.Split(',').Where((_, k) => k != 4))));

        CliRun run = RunOn(data, Burry);

        AssertBadInput(run, $"{file}, line 1: missing column(s) Close");
    }

    // Lines of a .preset file run by path, then what the message must say besides the file's path.
    [TestCase("strategy = burry-13f-2025|shortAllocation = lots", "line 2: shortAllocation: 'lots' is not a number", "expected a number from 0 to 2")]
    [TestCase("# mine|strategy = burry-13f-2025||fill = tomorrow", "line 4: fill: 'tomorrow' is not one of open, close")]
    [TestCase("strategy = burry-13f-2025|shortAlloc = 0.6", "line 2: unknown parameter 'shortAlloc'", "Did you mean 'shortAllocation'?")]
    [TestCase("strategy = burry-13f-2025|shortAllocation 0.6", "line 2: expected 'name = value'")]
    [TestCase("shortAllocation = 0.6", "no 'strategy = <name>' line")]
    [TestCase("strategy = no-such-strategy", "strategy 'no-such-strategy' does not exist")]
    public void Run_BadPresetFile_ExitsTwoNamingFileAndLine(string content, params string[] expected)
    {
        string preset = Path.Combine(NewTempFolder(), "mine.preset");
        File.WriteAllLines(preset, content.Split('|'));

        CliRun run = RunOnFixtures(preset);

        AssertBadInput(run, [preset, .. expected]);
    }

    [Test]
    public void Run_OutIsAFile_ExitsTwoAndLeavesNoTemporaryFolder()
    {
        string file = Path.Combine(_out, "taken");
        File.WriteAllText(file, "not a folder");

        CliRun run = TestCli.Run("run", Burry, "--data", TestCli.FixturePrices, "--out", file);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: cannot write results to"));
        Assert.That(Directory.GetFileSystemEntries(_out), Is.EqualTo(new[] { file }));
    }

    private void AssertBadInput(CliRun run, params string[] expected)
    {
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: "));
        foreach (string text in expected)
        {
            Assert.That(run.Stderr, Does.Contain(text));
        }

        Assert.That(run.Stderr, Does.Not.Contain("Internal error"));
        Assert.That(run.Stdout, Is.Empty, "no results, and the error only on standard error");
        Assert.That(Directory.GetFileSystemEntries(_out, "*", SearchOption.AllDirectories), Is.Empty, "nothing is written under --out");
    }
}
