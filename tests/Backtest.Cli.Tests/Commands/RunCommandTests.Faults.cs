using System.Diagnostics;
using System.Text.RegularExpressions;
using Backtest.Core.Results;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>run</c> under faults: a disk that fills up (injected, and a real tmpfs), a process killed mid-way, and names or
/// --out values that would write outside the --out folder. Each refusal is exit 2 with one message and nothing left.
/// </summary>
public partial class RunCommandTests
{
    // The results are about 40 KB and the report 2 MB: the disk fills at the first file, among the CSVs, in the report.
    [TestCase(0)]
    [TestCase(20_000)]
    [TestCase(1_000_000)]
    public void Run_DiskFillsUpPartWay_ExitsTwoWithOneMessageAndLeavesNothing(long freeBytes)
    {
        var disk = new FullDisk(freeBytes);

        CliRun run = ResultFile.Intercepted(disk.Open, () => TestCli.Run("run", Burry, "--data", TestCli.FixturePrices, "--out", _out));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(disk.Failures, Is.GreaterThanOrEqualTo(1));
        AssertOneError(run.Output, $"cannot write results to '{Path.Combine(_out, Burry)}': No space left on device. Nothing was written.");
        Assert.That(Directory.GetFileSystemEntries(_out), Is.Empty, "no partial folder, nor the preset's folder made for it");
    }

    [Test]
    public void Run_RealDiskFull_ExitsTwoWithOneMessageAndLeavesNothing()
    {
        // 300 KB: the CSVs fit, the report does not. This was exit 134, an unhandled exception from the PDF writer.
        using SmallDisk disk = SmallDisk.Mount(300);
        using Process process = BacktestProcess.Start(TestPaths.RepoRoot, "run", Burry, "--data", TestCli.FixturePrices, "--out", disk.Path);

        CliRun run = BacktestProcess.Wait(process, TimeSpan.FromMinutes(2));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        // A child's console is 80 columns wide and wraps the message; read it as one line.
        Assert.That(Regex.Replace(run.Output, @"\s+", " "), Does.Contain("Error: cannot write results to").And.Contain("No space left on device. Nothing was written."));
        Assert.That(Regex.Matches(run.Output, "Error:"), Has.Count.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.Not.Contain("Unhandled").And.Not.Contain(" at "), "no stack trace");
        Assert.That(Directory.GetFileSystemEntries(disk.Path), Is.Empty);
    }

    [Test]
    public void Run_AfterARunKilledMidWay_RemovesTheKilledRunsPartialFolderAndCountsItNowhere()
    {
        string parent = Path.Combine(_out, Burry);
        string? partial = null;
        using (Process process = BacktestProcess.Start(TestPaths.RepoRoot, "run", Burry, "--data", TestCli.FixturePrices, "--out", _out))
        {
            // The report takes most of a run's second: the partial folder is there for it.
            var clock = Stopwatch.StartNew();
            while (partial is null && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                partial = Directory.Exists(parent) ? Directory.GetDirectories(parent, ".*.partial-*").FirstOrDefault() : null;
                Thread.Sleep(5);
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        if (partial is null || !Directory.Exists(partial))
        {
            Assert.Inconclusive("the run finished before it could be killed mid-way");
        }

        Assert.That(PartialName.Parse(Path.GetFileName(partial)), Is.Not.Null, "the partial names its writer");
        CliRun report = TestCli.Run("report", partial);
        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.BadInput), report.Output);
        Assert.That(report.Output, Does.Contain("is the unfinished folder of a run"));

        CliRun next = TestCli.Run("run", Burry, "--data", TestCli.FixturePrices, "--out", _out, "--no-report");

        AssertSucceeded(next);
        Assert.That(Directory.Exists(partial), Is.False, "the killed run's partial folder is removed");
        Assert.That(Directory.GetFileSystemEntries(parent).Select(Path.GetFileName), Has.All.Not.StartWith("."));
        SingleResultFolder(Burry);
    }

    [Test]
    public void Run_InterruptedByCtrlC_StopsWithNothingWrittenAndTheNextRunIsClean()
    {
        string parent = Path.Combine(_out, Burry);
        CliRun stopped;
        using (Process process = BacktestProcess.Start(TestPaths.RepoRoot, "run", Burry, "--data", TestCli.FixturePrices, "--out", _out))
        {
            // Interrupt while the report is being drawn into the unfinished folder.
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)
                && !(Directory.Exists(parent) && Directory.GetDirectories(parent, ".*.partial-*").Length > 0))
            {
                Thread.Sleep(5);
            }

            if (process.HasExited)
            {
                Assert.Inconclusive("the run finished before it could be interrupted");
            }

            stopped = BacktestProcess.Interrupt(process, TimeSpan.FromMinutes(2));
        }

        Assert.That(stopped.ExitCode, Is.EqualTo(ExitCodes.Cancelled), stopped.Output);
        Assert.That(stopped.Stderr, Does.Contain("Stopped: the run was stopped before its results were complete; nothing was written."));
        Assert.That(Directory.Exists(parent) ? Directory.GetFileSystemEntries(parent) : [], Is.Empty, "no partial folder and no result");

        AssertSucceeded(TestCli.Run("run", Burry, "--data", TestCli.FixturePrices, "--out", _out, "--no-report"));
        SingleResultFolder(Burry);
    }

    [TestCase("...preset", "'..' cannot name a folder of results: it starts with a dot")]
    [TestCase(".hidden.preset", "'.hidden' cannot name a folder of results: it starts with a dot")]
    [TestCase(".preset", "'' cannot name a folder of results: it is empty")]
    public void Run_PresetFileWhoseNameIsNoFolderName_ExitsTwoAndWritesNothing(string fileName, string message)
    {
        string folder = NewTempFolder();
        string preset = Path.Combine(folder, fileName);
        File.Copy(Path.Combine(TestCli.PresetFolder, Burry + ".preset"), preset);
        string output = Path.Combine(folder, "out");

        CliRun run = TestCli.Run("run", preset, "--data", TestCli.FixturePrices, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        AssertOneError(run.Output, $"{preset}: {message}");
        Assert.That(Directory.GetFileSystemEntries(folder), Is.EqualTo(new[] { preset }), "nothing beside the preset, nor in --out's parent");
    }

    [Test]
    public void Run_PresetNamedDotDotInThePresetFolder_ExitsTwoAndWritesNothing()
    {
        string presets = NewTempFolder();
        File.Copy(Path.Combine(TestCli.PresetFolder, Burry + ".preset"), Path.Combine(presets, "...preset"));
        CliEnvironment environment = TestCli.Environment() with { PresetFolders = [presets] };
        string output = Path.Combine(NewTempFolder(), "out");

        CliRun run = TestCli.Run(environment, "run", "..", "--data", TestCli.FixturePrices, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain("'..' cannot name a folder of results"));
        Assert.That(Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!), Is.Empty);
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Run_EmptyOut_ExitsTwoAndWritesNothingInTheCurrentFolder(string output)
    {
        string[] before = Directory.GetFileSystemEntries(Environment.CurrentDirectory);

        CliRun run = TestCli.Run("run", Burry, "--data", TestCli.FixturePrices, "--out", output, "--no-report");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        AssertOneError(run.Output, "--out is empty: name the folder results go under, or leave --out out to use 'results'.");
        Assert.That(Directory.GetFileSystemEntries(Environment.CurrentDirectory), Is.EquivalentTo(before));
    }

    [Test]
    public void Run_PresetFolderUnderOutIsALink_ExitsTwoAndWritesNothingThroughIt()
    {
        string elsewhere = NewTempFolder();
        Directory.CreateSymbolicLink(Path.Combine(_out, Burry), elsewhere);

        CliRun run = RunOnFixtures(Burry);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        AssertOneError(run.Output, $"'{Path.Combine(_out, Burry)}' is a symbolic link (to '{elsewhere}'); backtest writes results only into real folders. Remove the link, or name its target with --out.");
        Assert.That(Directory.GetFileSystemEntries(elsewhere), Is.Empty);
    }

    // One "Error:" line, the whole message, and no trace.
    private static void AssertOneError(string output, string message)
    {
        Assert.That(Regex.Matches(output, "Error:"), Has.Count.EqualTo(1), output);
        Assert.That(output, Does.Contain($"Error: {message}"));
        Assert.That(output, Does.Not.Contain("Internal error").And.Not.Contain("   at "), "no stack trace");
    }
}
