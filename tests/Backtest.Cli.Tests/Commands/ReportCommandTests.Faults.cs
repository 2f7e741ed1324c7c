using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Backtest.Core.Results;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>
/// <c>report</c> and <c>compare</c> under faults: a disk that fills up while an old report is there (injected, and a
/// real tmpfs), links planted in a results folder, unfinished folders and an empty --out.
/// </summary>
public partial class ReportCommandTests
{
    // The report is about 2 MB (its PDFs embed only the glyphs they use): the disk fills at its first byte, among the
    // figures, and near its end.
    [TestCase(0)]
    [TestCase(1_000_000)]
    [TestCase(1_900_000)]
    public void Report_DiskFillsUpWithAnOldReportThere_ExitsTwoAndLeavesEveryOldFileByteForByte(long freeBytes)
    {
        string folder = RunWithReport();
        string[] before = Snapshot(folder);

        CliRun run = ResultFile.Intercepted(new FullDisk(freeBytes).Open, () => TestCli.Run("report", folder));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(Regex.Matches(run.Output, "Error:"), Has.Count.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.Contain($"Error: cannot write the report of '{folder}': No space left on device. Its report and figures are as they were."));
        Assert.That(Snapshot(folder), Is.EqualTo(before), "every file as it was, and no temporary one");
    }

    [Test]
    public void Report_RealDiskFullWithAnOldReportThere_ExitsTwoAndLeavesTheOldReportByteForByte()
    {
        // 16 MB holds a report (2 MB) and the second one drawing it again stages beside it, until it is filled up.
        using SmallDisk disk = SmallDisk.Mount(16 * 1024);
        CliRun first = TestCli.Run("run", "burry-13f-2025", "--data", TestCli.FixturePrices, "--out", disk.Path);
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.Output);
        string folder = Directory.GetDirectories(Path.Combine(disk.Path, "burry-13f-2025")).Single();
        string[] before = Snapshot(folder);
        disk.FillUntilFree(1024 * 1024);

        CliRun full;
        using (Process process = BacktestProcess.Start(TestPaths.RepoRoot, "report", folder))
        {
            full = BacktestProcess.Wait(process, TimeSpan.FromMinutes(2));
        }

        // This was exit 134 from the PDF writer, with report.pdf cut from 792 KB to what fitted.
        Assert.That(full.ExitCode, Is.EqualTo(ExitCodes.BadInput), full.Output);
        // A child's console is 80 columns wide and wraps the message; read it as one line.
        Assert.That(Regex.Replace(full.Output, @"\s+", " "), Does.Contain("Error: cannot write the report of").And.Contain("No space left on device. Its report and figures are as they were."));
        Assert.That(full.Output, Does.Not.Contain("Unhandled").And.Not.Contain(" at "), "no stack trace");
        Assert.That(Snapshot(folder), Is.EqualTo(before));

        File.Delete(Path.Combine(disk.Path, "filler"));
        CliRun again = TestCli.Run("report", folder);

        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Success), "with room again, the same report is drawn: " + again.Output);
        Assert.That(Snapshot(folder), Is.EqualTo(before), "drawn again, the same bytes");
    }

    [Test]
    public void Report_LinkPlantedInAFiguresPlace_ReplacesTheLinkWithAFreshFigureAndLeavesItsTargetAlone()
    {
        string folder = RunWithReport();
        string victim = Path.Combine(_out, "victim.png");
        File.WriteAllText(victim, "somebody else's file");
        string equity = Path.Combine(folder, "figures", "equity.png");
        File.Delete(equity);
        File.CreateSymbolicLink(equity, victim);

        CliRun run = TestCli.Run("report", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        Assert.That(File.ReadAllText(victim), Is.EqualTo("somebody else's file"));
        Assert.That(new FileInfo(equity).LinkTarget, Is.Null, "a file of its own now");
        Assert.That(File.ReadAllBytes(equity).Take(8), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));
    }

    [Test]
    public void Report_FiguresFolderIsALink_ExitsTwoAndWritesNothingThroughIt()
    {
        string folder = RunWithReport();
        string elsewhere = Path.Combine(_out, "elsewhere");
        Directory.Move(Path.Combine(folder, "figures"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(folder, "figures"), elsewhere);
        string[] outside = Snapshot(elsewhere), inside = Snapshot(folder);

        CliRun run = TestCli.Run("report", folder);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain($"Error: '{Path.Combine(folder, "figures")}' is a symbolic link (to '{elsewhere}')"));
        Assert.That(Snapshot(elsewhere), Is.EqualTo(outside));
        Assert.That(Snapshot(folder), Is.EqualTo(inside));
    }

    [Test]
    public void Compare_DiskFull_ExitsTwoAndLeavesNoComparisonFolder()
    {
        string[] folders = [RunBurry("shortAllocation=0.4"), RunBurry("shortAllocation=0.6")];
        string output = Path.Combine(_out, "comparisons");

        CliRun run = ResultFile.Intercepted(new FullDisk(200_000).Open, () => TestCli.Run(["compare", .. folders, "--out", output]));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain($"Error: cannot write results to '{Path.Combine(output, "compare")}': No space left on device. Nothing was written."));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void Compare_UnfinishedFolder_ExitsTwoAndSaysItIsNoResult()
    {
        string finished = RunBurry("shortAllocation=0.4");
        string unfinished = Path.Combine(Path.GetDirectoryName(finished)!, new PartialName("20260115-183000-00000000", int.MaxValue, PartialName.ThisHost).ToString());
        FolderCopy(finished, unfinished);

        CliRun run = TestCli.Run("compare", finished, unfinished, "--out", _out);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain($"Error: '{unfinished}' is the unfinished folder of a run"));
    }

    [TestCase("")]
    [TestCase(" ")]
    public void Compare_EmptyOut_ExitsTwo(string output)
    {
        string[] folders = [RunBurry("shortAllocation=0.4"), RunBurry("shortAllocation=0.6")];

        CliRun run = TestCli.Run(["compare", .. folders, "--out", output]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput), run.Output);
        Assert.That(run.Output, Does.Contain("Error: --out is empty"));
    }

    private string RunWithReport()
    {
        string parent = Path.Combine(_out, "with-report");
        CliRun run = TestCli.Run("run", "burry-13f-2025", "--data", TestCli.FixturePrices, "--out", parent);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output);
        return Directory.GetDirectories(Path.Combine(parent, "burry-13f-2025")).Single();
    }

    private static void FolderCopy(string source, string target)
    {
        foreach (string path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(path, copy);
        }
    }

    // Every entry under the folder, hidden ones included, with each file's SHA-256.
    private static string[] Snapshot(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = true })
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))) : "/"))
            .Order(StringComparer.Ordinal)];
}
