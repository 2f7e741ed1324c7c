using System.Text.Json;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>run</c> driven in-process: each test gets its own empty <c>--out</c> folder under the system's temporary
/// folder, so nothing is ever written inside the repository.
/// </summary>
public partial class RunCommandTests
{
    private const string Burry = "burry-13f-2025";

    private readonly TempFolders _temporary = new();
    private string _out = string.Empty;

    [SetUp]
    public void CreateOutFolder() => _out = NewTempFolder();

    [TearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    private string NewTempFolder() => _temporary.New();

    // The fixture prices copied to a folder of the test's own, to be broken or extended.
    private string CopyOfFixturePrices()
    {
        string folder = NewTempFolder();
        foreach (string file in Directory.EnumerateFiles(TestCli.FixturePrices))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    // run with the given arguments on the fixture prices, writing under this test's --out folder. The report is
    // left out (--no-report) to keep these tests about the run quick; the report's own tests draw it.
    private CliRun RunOnFixtures(params string[] args) => RunOn(TestCli.FixturePrices, args);

    private CliRun RunOn(string data, params string[] args) => TestCli.Run(["run", .. args, "--data", data, "--out", _out, "--no-report"]);

    // The results folders written for a preset or strategy, in name order.
    private string[] ResultFolders(string label)
    {
        string parent = Path.Combine(_out, label);
        return Directory.Exists(parent) ? Directory.GetDirectories(parent).Order(StringComparer.Ordinal).ToArray() : [];
    }

    private string SingleResultFolder(string label)
    {
        string[] folders = ResultFolders(label);
        Assert.That(folders, Has.Length.EqualTo(1), $"results folders under {Path.Combine(_out, label)}");
        return folders[0];
    }

    private static JsonElement ReadJson(string folder, string file)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
        return document.RootElement.Clone();
    }

    private static void AssertSucceeded(CliRun run) =>
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
}
