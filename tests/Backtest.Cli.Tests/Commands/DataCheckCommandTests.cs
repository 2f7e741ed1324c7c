using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>data check</c> on small price folders written by each test under the system's temporary folder: exit 0 when
/// nothing fails, exit 2 with the failing ticker and its reason in the tables otherwise.
/// </summary>
public partial class DataCheckCommandTests
{
    private const string Header = "Date,Open,High,Low,Close,Volume";

    // Four ordinary days of one ticker; tests change one line to plant a problem.
    private static readonly string[] CleanRows =
    [
        "2025-10-01,10.00,10.40,9.90,10.20,150000",
        "2025-10-02,10.20,10.50,10.10,10.45,120000",
        "2025-10-03,10.45,10.60,10.30,10.35,110000",
        "2025-10-06,10.35,10.80,10.30,10.70,130000",
    ];

    private readonly TempFolders _folders = new();

    [TearDown]
    public void DeleteFolders() => _folders.DeleteAll();

    [Test]
    public void Check_CleanFolder_ExitsZeroWithEveryTickerOk()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, .. CleanRows]);
        Write(folder, "XYZ.csv", [Header, .. CleanRows]);
        Write(folder, "XYZ_dividends.csv", ["Date,Dividend", "2025-10-02,0.10", "2025-10-06,0.12"]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(Cells(run.Output, "ABC"), Is.EqualTo(new[] { "ABC", "2025-10-01", "2025-10-06", "4", "0", "0", "0", "0", "ok" }));
        Assert.That(Cells(run.Output, "XYZ"), Is.EqualTo(new[] { "XYZ", "2025-10-01", "2025-10-06", "4", "0", "0", "0", "2", "ok" }));
        Assert.That(run.Output, Does.Contain("2 tickers (calendar 2025-10-01 to 2025-10-06, 4 trading days): 2 ok, 0 warn, 0 fail."));
        Assert.That(run.Output, Does.Not.Contain("Findings").And.Not.Contain("Fail:"));
    }

    [Test]
    public void Check_PlaceholderBar_ExitsTwoNamingTheTickerAndDay()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, .. CleanRows]);
        Write(folder, "XYZ.csv", [Header, CleanRows[0], "2025-10-02,10.20,10.20,10.20,10.20,0", CleanRows[2], CleanRows[3]]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(Cells(run.Output, "ABC")[^1], Is.EqualTo("ok"));
        Assert.That(Cells(run.Output, "XYZ"), Is.EqualTo(new[] { "XYZ", "2025-10-01", "2025-10-06", "4", "0", "0", "1", "0", "fail" }));
        Assert.That(FindingLines(run.Output, "XYZ"), Is.EqualTo(new[] { "XYZ 2025-10-02 fail placeholder bar (open = high = low = close = 10.2, volume 0)" }));
        Assert.That(run.Output, Does.Contain("1 ok, 0 warn, 1 fail.").And.Contain("Fail: a backtest on XYZ would be wrong"));
        Assert.That(run.Stderr, Is.Empty, "the failing check is the result, on standard output, not an error");
    }

    [Test]
    public void Check_UnadjustedSplit_ExitsTwoWithTheRatio()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, CleanRows[0], CleanRows[1], "2025-10-03,1.045,1.06,1.03,1.035,1100000", "2025-10-06,1.035,1.08,1.03,1.07,1300000"]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(FindingLines(run.Output, "ABC"), Is.EqualTo(new[] { "ABC 2025-10-03 fail close x0.0990 (10.45 to 1.035), like an unadjusted 10-for-1 split" }));
    }

    [Test]
    public void Check_ThousandfoldJump_FailsAsAbsurd()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, CleanRows[0], CleanRows[1], "2025-10-03,10450,10600,10300,10350,110000", "2025-10-06,10350,10800,10300,10700,130000"]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(FindingLines(run.Output, "ABC"), Is.EqualTo(new[] { "ABC 2025-10-03 fail close x990.4306 (10.45 to 10350), 100 times or more either way: a data error" }));
    }

    [Test]
    public void Check_PricesBeyondTheBoundFromOneDayOn_FailAsUnreadableNamingTheValue()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, CleanRows[0], CleanRows[1], "2025-10-03,1e200,1e200,1e200,1e200,110000", "2025-10-06,1e200,1e200,1e200,1e200,130000"]);
        Write(folder, "XYZ.csv", [Header, "2025-10-01,1e308,1e308,1e308,1e308,1", "2025-10-02,1e308,1e308,1e308,1e308,1"]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(Cells(run.Output, "ABC")[^1], Is.EqualTo("fail"));
        Assert.That(Cells(run.Output, "XYZ")[^1], Is.EqualTo("fail"));
        Assert.That(run.Output, Does.Contain("open 1E+200 on 2025-10-03 is outside the prices a run accepts").And.Contain("open 1E+308 on 2025-10-01"));
    }

    [Test]
    public void Check_RawPricesWithTheirSplitsFile_ExitsZero()
    {
        // The same 10-for-1 drop, but the prices are raw and ABC_splits.csv records the split.
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, CleanRows[0], CleanRows[1], "2025-10-03,1.045,1.06,1.03,1.035,1100000", "2025-10-06,1.035,1.08,1.03,1.07,1300000"]);
        Write(folder, "ABC_splits.csv", ["Date,Numerator,Denominator", "2025-10-03,10,1"]);

        CliRun adjusted = TestCli.Run("data", "check", folder);
        CliRun raw = TestCli.Run("data", "check", folder, "--prices", "raw");

        Assert.That(adjusted.ExitCode, Is.EqualTo(ExitCodes.BadInput), "as split-adjusted prices, the drop is an unadjusted split");
        Assert.That(raw.ExitCode, Is.EqualTo(ExitCodes.Success), raw.Output);
    }

    [Test]
    public void Check_BadReadingOption_ExitsTwoNamingItAndTheValidValues()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, .. CleanRows]);

        CliRun run = TestCli.Run("data", "check", folder, "--prices", "sideways");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: --prices sideways: prices: 'sideways' is not one of adjusted, raw"));
    }

    [Test]
    public void Check_MalformedFile_ExitsTwoWithTheLoadersMessageInTheTableAndChecksTheRest()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, .. CleanRows]);
        string bad = Write(folder, "BAD.csv", [Header, CleanRows[0], CleanRows[1], "2025-10-03,10.45,10.60,10.30,abc,110000"]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(Cells(run.Output, "ABC")[^1], Is.EqualTo("ok"));
        Assert.That(Cells(run.Output, "BAD"), Is.EqualTo(new[] { "BAD", "-", "-", "-", "-", "-", "-", "-", "fail" }));
        Assert.That(FindingLines(run.Output, "BAD"), Is.EqualTo(new[] { $"BAD - fail {bad}, line 4: Close 'abc' is not a number." }));
        Assert.That(run.Stderr, Is.Empty, "the loader's message is a finding in the table, not an error");
    }

    [Test]
    public void Check_CellWithEscapeAndBell_ShowsThemEscapedInTheFindings()
    {
        string folder = NewFolder();
        string bad = Write(folder, "BAD.csv", [Header, CleanRows[0], CleanRows[1], "2025-10-03,10.45,10.60,10.30,\u001b[2J\u0007,110000"]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(FindingLines(run.Output, "BAD"), Is.EqualTo(new[] { $@"BAD - fail {bad}, line 4: Close '\x1B[2J\x07' is not a number." }));
        Assert.That(run.Output, Does.Not.Contain('\u001b').And.Not.Contain('\u0007'), "no raw control character");
    }

    [Test]
    public void Check_MissingDayAndRealLargeMove_WarnsButExitsZero()
    {
        string folder = NewFolder();
        Write(folder, "ABC.csv", [Header, .. CleanRows]);
        Write(folder, "XYZ.csv", [Header, CleanRows[0], CleanRows[1], "2025-10-06,10.45,17.00,10.40,16.72,900000"]);

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(Cells(run.Output, "XYZ"), Is.EqualTo(new[] { "XYZ", "2025-10-01", "2025-10-06", "3", "1", "1", "0", "0", "warn" }));
        Assert.That(FindingLines(run.Output, "XYZ"), Is.EqualTo(new[]
        {
            "XYZ 2025-10-06 warn close +60.0% (x1.6000, 10.45 to 16.72), beyond 50% but no split ratio",
            "XYZ 2025-10-03 warn 1 missing day (no bar on a day other files in the folder trade): 2025-10-03",
        }));
        Assert.That(run.Output, Does.Contain("1 ok, 1 warn, 0 fail.").And.Not.Contain("Fail:"));
    }

    [Test]
    public void Check_MissingFolder_ExitsTwoNamingIt()
    {
        string missing = Path.Combine(NewFolder(), "absent");

        CliRun run = TestCli.Run("data", "check", missing);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith($"Error: data folder '{missing}' does not exist"));
    }

    [Test]
    public void Check_FolderWithoutPriceFiles_ExitsTwoSayingSo()
    {
        string folder = NewFolder();

        CliRun run = TestCli.Run("data", "check", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith($"Error: data folder '{folder}' holds no price files"));
    }

    [Test]
    public void Check_NoFolderGiven_ChecksTheDataFolder()
    {
        // Tests run in their output folder, which has no data/ folder: the message shows the default was taken.
        Assume.That(Directory.Exists("data"), Is.False, "the working folder has a data/ folder");

        CliRun run = TestCli.Run("data", "check");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Error: data folder 'data' does not exist"));
    }

    private string NewFolder() => _folders.New();

    private static string Write(string folder, string name, string[] lines)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    // The cells of the ticker table's row for a ticker: the first table row that starts with it.
    private static string[] Cells(string output, string ticker) =>
        Rows(output).First(cells => cells[0] == ticker);

    // The findings table's rows for a ticker, each as its cells joined by spaces.
    private static string[] FindingLines(string output, string ticker)
    {
        string findings = output[output.IndexOf("Findings", StringComparison.Ordinal)..];
        return [.. Rows(findings).Where(cells => cells[0] == ticker).Select(cells => string.Join(' ', cells))];
    }

    // Table rows on a wide console are one line each: "│ cell │ cell │".
    private static IEnumerable<string[]> Rows(string output) =>
        output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim('│').Split('│').Select(cell => cell.Trim()).ToArray());
}
