using System.Security.Cryptography;
using Backtest.Core;
using Backtest.Core.Results;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;

namespace Backtest.Reporting.Tests;

/// <summary>
/// A report drawn again over an old one on a disk that fills up part way: whichever file the disk fails on (a figure, or
/// report.pdf from Skia's PDF writer), the old files are byte for byte as they were and no temporary file is left.
/// </summary>
public sealed class ReportFaultTests
{
    private readonly TempFolders _temporary = new();
    private string _run = string.Empty;

    [OneTimeSetUp]
    public void RunWithReport() => _run = TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, _temporary.New(), withReport: true);

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    // The whole report is about 2 MB (its PDFs embed only the glyphs they use); these fail it at its first byte,
    // among the figures, and near its end.
    [TestCase(0)]
    [TestCase(300_000)]
    [TestCase(1_000_000)]
    [TestCase(1_900_000)]
    public void Write_DiskFillsUpPartWay_LeavesTheOldReportByteForByteAndNoTemporaryFile(long freeBytes)
    {
        string folder = Copy();
        string[] before = Snapshot(folder);
        var disk = new FullDisk(freeBytes);

        var e = Assert.Throws<IOException>(() => ResultFile.Intercepted(disk.Open, () => ReportWriter.Write(folder, ReportOptions.Default)));

        Assert.That(e!.Message, Does.StartWith(FullDisk.NoSpace));
        Assert.That(disk.Failures, Is.GreaterThanOrEqualTo(1));
        Assert.That(Snapshot(folder), Is.EqualTo(before));
    }

    [Test]
    public void Write_DiskFailsOnlyInTheTearSheet_LeavesTheOldReport()
    {
        string folder = Copy();
        string[] before = Snapshot(folder);
        var disk = new FullDisk(long.MaxValue);

        // Skia's PDF writer once wrote through a native callback, where this exception aborted the process.
        Stream FailReport(string path, Stream file) =>
            Path.GetFileName(path) == ReportWriter.ReportFile ? new FullDisk(32_000).Open(path, file) : disk.Open(path, file);

        var e = Assert.Throws<IOException>(() => ResultFile.Intercepted(FailReport, () => ReportWriter.Write(folder, ReportOptions.Default)));

        // Figures and the tear sheet are drawn in parallel: how many figures were written before the failure called the
        // rest off depends on the scheduling, and does not matter; the old report must be whole either way.
        Assert.That(e!.Message, Does.StartWith(FullDisk.NoSpace));
        Assert.That(Snapshot(folder), Is.EqualTo(before));
    }

    [Test]
    public void Redraw_DiskFull_IsOneInputErrorNamingTheFolderAndSayingTheOldReportStays()
    {
        string folder = Copy();

        var e = Assert.Throws<InputException>(() => ResultFile.Intercepted(new FullDisk(100_000).Open, () => ReportWriter.Redraw(folder, ReportOptions.Default)));

        Assert.That(e!.Message, Is.EqualTo($"cannot write the report of '{folder}': No space left on device. Its report and figures are as they were."));
    }

    [Test]
    public void Redraw_EnoughRoom_ReplacesTheReportThroughTheSameSeam()
    {
        string folder = Copy();
        File.WriteAllText(Path.Combine(folder, ReportWriter.ReportFile), "stale");
        var disk = new FullDisk(long.MaxValue);

        IReadOnlyList<string> files = ResultFile.Intercepted(disk.Open, () => ReportWriter.Redraw(folder, ReportOptions.Default));

        Assert.That(files, Has.Count.EqualTo(25));
        Assert.That(disk.Opened, Has.Count.EqualTo(25), "every file opened through the seam");
        FigureFiles.AssertPdf(Path.Combine(folder, ReportWriter.ReportFile), Backtest.Reporting.Output.TearSheet.Pages);
        Assert.That(Snapshot(folder).Where(line => line.StartsWith('.')), Is.Empty);
    }

    private string Copy()
    {
        string copy = Path.Combine(_temporary.New(), Path.GetFileName(_run));
        FolderSnapshot.Copy(_run, copy);
        return copy;
    }

    // Every entry under the folder, hidden ones included, with each file's SHA-256.
    private static string[] Snapshot(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = true })
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p))) : "/"))
            .Order(StringComparer.Ordinal)];
}
