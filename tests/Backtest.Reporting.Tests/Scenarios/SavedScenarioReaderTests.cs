using Backtest.Core;
using Backtest.Reporting.Scenarios;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Scenarios;

/// <summary>A bootstrap's folder read back as written, and a malformed CSV refused with its file and line.</summary>
public sealed class SavedScenarioReaderTests
{
    private readonly TempFolders _temporary = new();

    [TearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [TestCase(1)]
    [TestCase(2)]
    public void Read_WrittenFolder_GivesEveryPathAndDayOfEveryTarget(int targets)
    {
        string folder = _temporary.New();
        ScenarioFolders.Write(folder, targets);

        SavedScenario scenario = SavedScenarioReader.Read(folder);

        Assert.That(scenario.Targets.Select(t => t.Label), Is.EqualTo(ScenarioFolders.Targets.Take(targets).Select(t => t.Label)));
        foreach (SavedScenarioTarget target in scenario.Targets)
        {
            Assert.That(target.FinalReturns, Has.Length.EqualTo(ScenarioFolders.Paths));
            Assert.That(target.Fan.Dates, Has.Length.EqualTo(ScenarioFolders.Horizon + 1));
            Assert.That(target.Fan.Dates[0], Is.EqualTo(ScenarioFolders.Start));
            Assert.That(target.Fan.Samples, Has.Length.EqualTo(ScenarioFolders.Samples));
            Assert.That(target.FinalReturns.Order().ElementAt(ScenarioFolders.Paths / 2 - 1), Is.EqualTo(target.Statistics.MedianReturn));
        }

        Assert.That(scenario.Created, Is.EqualTo(new DateTime(2026, 11, 30, 1, 14, 58, DateTimeKind.Utc)));
    }

    [TestCase("paths.csv", 5, 1, "oops", "line 5: 'oops' is not a number")]
    [TestCase("paths.csv", 4, 0, "9", "line 4: path '9' where path 2 was expected")]
    [TestCase("fan.csv", 7, 0, "nobody", "line 7: target 'nobody' is not one of")]
    [TestCase("fan.csv", 3, 1, "2026-13-01", "line 3: '2026-13-01' is not a date")]
    [TestCase("fan.csv", 12, 4, "", "line 12: '' is not a number")]
    public void Read_MalformedCsv_IsAnInputExceptionNamingFileAndLine(string file, int line, int column, string value, string message)
    {
        string folder = _temporary.New();
        ScenarioFolders.Write(folder, 2);
        ScenarioFolders.ReplaceLine(folder, file, line, text =>
        {
            string[] cells = text.Split(',');
            cells[column] = value;
            return string.Join(',', cells);
        });

        var e = Assert.Throws<InputException>(() => ScenarioReport.Write(folder, ReportOptions.Default));

        Assert.That(e.Message, Does.StartWith(Path.Combine(folder, file) + ", " + message));
    }

    [Test]
    public void Read_PathsCsvShort_SaysHowManyPathsScenarioJsonExpects()
    {
        string folder = _temporary.New();
        ScenarioFolders.Write(folder, 1);
        string paths = Path.Combine(folder, "paths.csv");
        File.WriteAllLines(paths, File.ReadAllLines(paths)[..^1]);

        var e = Assert.Throws<InputException>(() => SavedScenarioReader.Read(folder));

        Assert.That(e.Message, Is.EqualTo($"{paths}: {ScenarioFolders.Paths - 1} paths, where scenario.json says {ScenarioFolders.Paths}."));
    }

    [TestCase("{\"kind\": \"bootstrap\", \"paths\": ", "not a BootstrapRecord as this version writes it")]
    [TestCase("{\"kind\": \"analog\", \"targets\": []}", "not a bootstrap with at least one target (kind 'analog')")]
    public void Read_ScenarioJsonNotABootstrap_NamesTheFile(string json, string message)
    {
        string folder = _temporary.New();
        ScenarioFolders.Write(folder, 1);
        string record = Path.Combine(folder, "scenario.json");
        File.WriteAllText(record, json);

        var e = Assert.Throws<InputException>(() => SavedScenarioReader.Read(folder));

        Assert.That(e.Message, Does.StartWith($"{record}: {message}"));
    }

    [Test]
    public void Read_FolderWithoutFan_NamesTheMissingFile()
    {
        string folder = _temporary.New();
        ScenarioFolders.Write(folder, 1);
        File.Delete(Path.Combine(folder, "fan.csv"));

        var e = Assert.Throws<InputException>(() => SavedScenarioReader.Read(folder));

        Assert.That(e.Message, Does.Contain("it has no fan.csv"));
    }
}
