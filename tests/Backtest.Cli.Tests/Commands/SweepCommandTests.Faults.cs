using System.Text.RegularExpressions;
using Backtest.Core.Results;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>sweep</c> and <c>sweep merge</c> under faults: a disk that fills up while the results are written keeps the finished
/// work for --resume; names and --out values that would write outside the --out folder are refused.
/// </summary>
public partial class SweepCommandTests
{
    private static readonly string[] SmallGrid = ["--grid", "shortAllocation=0.5,1"];

    [TestCase("sweep.csv")]
    [TestCase("sweep.png")]
    public void Sweep_DiskFullWhileWritingTheResults_ExitsTwoKeepsTheWorkAndResumeWritesTheSameResults(string failingFile)
    {
        Stream Fail(string path, Stream file) => Path.GetFileName(path) == failingFile ? new FullDisk(100).Open(path, file) : file;
        string[] args = ["sweep", Burry, .. SmallGrid, "--data", TestCli.FixturePrices, "--out", _out, "--format", "png"];

        CliRun full = ResultFile.Intercepted(Fail, () => TestCli.Run(args));

        Assert.That(full.ExitCode, Is.EqualTo(ExitCodes.BadInput), full.Output);
        Assert.That(Regex.Matches(full.Output, "Error:"), Has.Count.EqualTo(1), full.Output);
        Assert.That(full.Output, Does.Contain($"Error: cannot write results to '{Path.Combine(_out, Burry)}': No space left on device. Every combination is finished and kept in"));
        string work = Directory.GetDirectories(Path.Combine(_out, Burry)).Single();
        Assert.That(Path.GetFileName(work), Does.StartWith(".sweep-").And.EndWith(".partial"));
        Assert.That(Directory.GetFileSystemEntries(work).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "done.bin", "errors.txt", "rows.bin", "sweep.json" }), "the work, and nothing half written");

        CliRun resumed = TestCli.Run([.. args, "--resume"]);

        AssertSucceeded(resumed);
        string uninterrupted = _temporary.New();
        AssertSucceeded(SweepOn(TestCli.FixturePrices, uninterrupted, [Burry, .. SmallGrid]));
        string folder = SingleSweepFolder(_out, Burry);
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "sweep.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(SingleSweepFolder(uninterrupted, Burry), "sweep.csv"))));
        Assert.That(File.Exists(Path.Combine(folder, "figures", "sweep.png")), Is.True);
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(_out, Burry)), Has.Length.EqualTo(1), "the work folder became the results");
    }

    [Test]
    public void Sweep_DiskFullWhileSavingAChunk_ExitsTwoAndResumeRunsTheChunkAgain()
    {
        // The chunk's curves are saved before its done mark: failing them leaves the chunk to run again.
        Stream Fail(string path, Stream file) => Path.GetFileName(Path.GetDirectoryName(path)) == "curves" ? new FullDisk(0).Open(path, file) : file;
        string[] args = [Burry, .. SmallGrid, "--keep-curves"];

        CliRun full = ResultFile.Intercepted(Fail, () => SweepOnFixtures(args));

        Assert.That(full.ExitCode, Is.EqualTo(ExitCodes.BadInput), full.Output);
        Assert.That(Regex.Matches(full.Output, "Error:"), Has.Count.EqualTo(1), full.Output);
        Assert.That(full.Output, Does.Contain("Error: cannot save the sweep's progress in").And.Contain("No space left on device").And.Contain("--resume"));
        CliRun resumed = SweepOnFixtures([.. args, "--resume"]);

        AssertSucceeded(resumed);
        string uninterrupted = _temporary.New();
        AssertSucceeded(SweepOn(TestCli.FixturePrices, uninterrupted, args));
        foreach (string file in new[] { "sweep.csv", "curves.csv" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(SingleSweepFolder(_out, Burry), file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(SingleSweepFolder(uninterrupted, Burry), file))), file);
        }
    }

    [Test]
    public void Sweep_PresetFileNamedDotDot_ExitsTwoAndWritesNothing()
    {
        string folder = _temporary.New();
        string preset = Path.Combine(folder, "...preset");
        File.Copy(Path.Combine(TestCli.PresetFolder, Burry + ".preset"), preset);

        CliRun run = SweepOn(TestCli.FixturePrices, Path.Combine(folder, "out"), [preset, .. SmallGrid]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain($"Error: {preset}: '..' cannot name a folder of results"));
        Assert.That(Directory.GetFileSystemEntries(folder), Is.EqualTo(new[] { preset }));
    }

    [TestCase("sweep")]
    [TestCase("merge")]
    public void Sweep_EmptyOut_ExitsTwo(string command)
    {
        string[] args = command == "sweep" ? ["sweep", Burry, .. SmallGrid, "--data", TestCli.FixturePrices, "--out", ""] : ["sweep", "merge", _out, "--out", ""];

        CliRun run = TestCli.Run(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain("Error: --out is empty"));
    }

    [Test]
    public void Merge_LabelInSweepJsonLeavingTheRoot_ExitsTwoAndWritesNothing()
    {
        AssertSucceeded(SweepOnFixtures([Burry, .. SmallGrid]));
        string shard = SingleSweepFolder(_out, Burry);
        string json = Path.Combine(shard, "sweep.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace($"\"label\": \"{Burry}\"", "\"label\": \"../../escaped\"", StringComparison.Ordinal));
        string merged = Path.Combine(_temporary.New(), "a", "b");

        CliRun run = TestCli.Run("sweep", "merge", shard, "--out", merged);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain($"Error: {json}: '../../escaped' cannot name a folder of results"));
        Assert.That(Directory.Exists(Path.GetDirectoryName(Path.GetDirectoryName(merged))!), Is.True);
        Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(Path.GetDirectoryName(merged))!), Is.Empty, "nothing made under or beside --out");
    }
}
