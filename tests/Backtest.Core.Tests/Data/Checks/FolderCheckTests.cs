using Backtest.Core.Data;
using Backtest.Core.Data.Checks;
using Backtest.Testing;

namespace Backtest.Core.Tests.Data.Checks;

/// <summary>A whole folder: every file loaded through <see cref="CsvFolderSource"/>, a bad file reported, not fatal.</summary>
public partial class FolderCheckTests
{
    private const string Header = "Date,Open,High,Low,Close,Volume";

    private readonly TempFolders _folders = new();

    [TearDown]
    public void DeleteFolders() => _folders.DeleteAll();

    [Test]
    public void Run_MalformedFile_IsAFailingTickerWithTheLoadersMessageAndTheOthersAreChecked()
    {
        string folder = NewFolder();
        CsvText.WriteIn(folder, "ABC.csv", Header, "2024-01-02,10,11,9,10.5,100", "2024-01-03,10,11,9,10.6,100");
        string bad = CsvText.WriteIn(folder, "BAD.csv", Header, "2024-01-02,10,11,9,10.5,100", "2024-01-03,10,11,9,abc,100");

        FolderReport report = FolderCheck.Run(new CsvFolderSource(folder), JumpRules.Default);

        Assert.That(report.Tickers.Select(t => (t.Ticker, t.Verdict)), Is.EqualTo(new[] { ("ABC", Severity.Ok), ("BAD", Severity.Fail) }));
        Finding finding = report.Tickers[1].Findings.Single();
        Assert.That(finding.Kind, Is.EqualTo(FindingKind.Unreadable));
        Assert.That(finding.Detail, Is.EqualTo($"{bad}, line 3: Close 'abc' is not a number."));
        Assert.That(report.Verdict, Is.EqualTo(Severity.Fail));
    }

    [Test]
    public void Run_MalformedDividendsFile_FailsTheTicker()
    {
        string folder = NewFolder();
        CsvText.WriteIn(folder, "ABC.csv", Header, "2024-01-02,10,11,9,10.5,100");
        string dividends = CsvText.WriteIn(folder, "ABC_dividends.csv", "Date,Dividend", "2024-01-02,-1");

        FolderReport report = FolderCheck.Run(new CsvFolderSource(folder), JumpRules.Default);

        Assert.That(report.Tickers.Single().Findings.Single().Detail, Does.StartWith($"{dividends}, line 2: Dividend -1 is negative"));
    }

    [Test]
    public void Run_PriceFileThatCannotBeOpened_FailsTheTickerWithTheSystemsMessage()
    {
        string folder = NewFolder();
        CsvText.WriteIn(folder, "ABC.csv", Header, "2024-01-02,10,11,9,10.5,100");
        File.CreateSymbolicLink(Path.Combine(folder, "GONE.csv"), Path.Combine(folder, "no-such-file"));

        FolderReport report = FolderCheck.Run(new CsvFolderSource(folder), JumpRules.Default);

        Assert.That(report.Tickers.Select(t => (t.Ticker, t.Verdict)), Is.EqualTo(new[] { ("ABC", Severity.Ok), ("GONE", Severity.Fail) }));
        Assert.That(report.Tickers[1].Findings.Single().Detail, Does.Contain("GONE.csv"));
    }

    [Test]
    public void Run_TickersOnDifferentDays_CountsMissingDaysAgainstTheUnionOfEveryFile()
    {
        string folder = NewFolder();
        CsvText.WriteIn(folder, "ABC.csv", Header, "2024-01-02,10,11,9,10.5,100", "2024-01-04,10,11,9,10.5,100");
        CsvText.WriteIn(folder, "XYZ.csv", Header, "2024-01-03,10,11,9,10.5,100", "2024-01-05,10,11,9,10.5,100");

        FolderReport report = FolderCheck.Run(new CsvFolderSource(folder), JumpRules.Default);

        Assert.That(report.Calendar, Is.EqualTo(new DateOnly[] { new(2024, 1, 2), new(2024, 1, 3), new(2024, 1, 4), new(2024, 1, 5) }));
        Assert.That(report.Tickers.Select(t => t.Findings.Single().Date), Is.EqualTo(new DateOnly?[] { new(2024, 1, 3), new(2024, 1, 4) }));
        Assert.That(report.Verdict, Is.EqualTo(Severity.Warn));
    }

    [Test]
    public void Run_FolderWithoutPriceFiles_ThrowsNamingTheFolder()
    {
        string folder = NewFolder();
        CsvText.WriteIn(folder, "ABC_dividends.csv", "Date,Dividend");

        var error = Assert.Throws<InputException>(() => FolderCheck.Run(new CsvFolderSource(folder), JumpRules.Default));

        Assert.That(error.Message, Does.Contain(folder).And.Contain("holds no price files"));
    }

    private string NewFolder() => _folders.New();
}
