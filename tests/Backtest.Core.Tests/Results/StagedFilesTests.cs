using Backtest.Core.Results;
using Backtest.Testing;

namespace Backtest.Core.Tests.Results;

/// <summary>Files replaced together or not at all, and never written through a link.</summary>
public class StagedFilesTests
{
    private readonly TempFolders _temporary = new();
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolderWithOldFiles()
    {
        _folder = _temporary.New();
        Directory.CreateDirectory(Path.Combine(_folder, "figures"));
        File.WriteAllText(Path.Combine(_folder, "report.pdf"), "old report");
        File.WriteAllText(Path.Combine(_folder, "figures", "equity.png"), "old equity");
    }

    [TearDown]
    public void DeleteFolders() => _temporary.DeleteAll();

    [Test]
    public void Replace_AllWritten_ReplacesEveryFileAndLeavesNoStaging()
    {
        IReadOnlyList<string> files = StagedFiles.Replace(_folder, WriteNew);

        Assert.That(files, Is.EqualTo(new[] { Path.Combine(_folder, "report.pdf"), Path.Combine(_folder, "figures", "equity.png"), Path.Combine(_folder, "figures", "drawdown.png") }));
        Assert.That(Snapshot(), Is.EqualTo(new[] { "figures/", "figures/drawdown.png: new drawdown", "figures/equity.png: new equity", "report.pdf: new report" }));
    }

    [TestCase(0)]
    [TestCase(12)]
    [TestCase(25)]
    public void Replace_DiskFullPartWay_LeavesEveryOldFileAsItWasAndNoStaging(int freeBytes)
    {
        string[] before = Snapshot();
        var disk = new FullDisk(freeBytes);

        var e = Assert.Throws<IOException>(() => ResultFile.Intercepted(disk.Open, () => StagedFiles.Replace(_folder, WriteNew)));

        Assert.That(e!.Message, Does.StartWith(FullDisk.NoSpace));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Replace_LinkInAFilesPlace_ReplacesTheLinkAndLeavesItsTargetAlone()
    {
        string victim = Path.Combine(_temporary.New(), "victim.txt");
        File.WriteAllText(victim, "not ours");
        string link = Path.Combine(_folder, "figures", "equity.png");
        File.Delete(link);
        File.CreateSymbolicLink(link, victim);

        StagedFiles.Replace(_folder, WriteNew);

        Assert.That(File.ReadAllText(victim), Is.EqualTo("not ours"));
        Assert.That(new FileInfo(link).LinkTarget, Is.Null, "a file now, not a link");
        Assert.That(File.ReadAllText(link), Is.EqualTo("new equity"));
    }

    [Test]
    public void Replace_LinkInTheFiguresFolderPlace_IsRefusedBeforeAnythingIsWritten()
    {
        string elsewhere = _temporary.New();
        File.WriteAllText(Path.Combine(elsewhere, "equity.png"), "not ours");
        Directory.Delete(Path.Combine(_folder, "figures"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_folder, "figures"), elsewhere);
        string[] before = Snapshot();

        var e = Assert.Throws<InputException>(() => StagedFiles.Replace(_folder, WriteNew));

        Assert.That(e!.Message, Does.Contain("symbolic link").And.Contain(elsewhere));
        Assert.That(File.ReadAllText(Path.Combine(elsewhere, "equity.png")), Is.EqualTo("not ours"));
        Assert.That(Directory.GetFiles(elsewhere), Has.Length.EqualTo(1));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Replace_FolderInAFilesPlace_IsRefusedAndTheOldFilesStay()
    {
        File.Delete(Path.Combine(_folder, "report.pdf"));
        Directory.CreateDirectory(Path.Combine(_folder, "report.pdf"));
        string[] before = Snapshot();

        var e = Assert.Throws<InputException>(() => StagedFiles.Replace(_folder, WriteNew));

        Assert.That(e!.Message, Does.Contain("report.pdf' is in the way"));
        Assert.That(Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void Replace_StalePartialOfADeadWriterThere_IsRemoved()
    {
        // No process has that id: Linux gives out at most 4,194,304.
        string stale = Path.Combine(_folder, new PartialName("staged", int.MaxValue, PartialName.ThisHost).ToString());
        Directory.CreateDirectory(stale);

        StagedFiles.Replace(_folder, WriteNew);

        Assert.That(Directory.Exists(stale), Is.False);
    }

    private static IEnumerable<string> WriteNew(string staging)
    {
        Directory.CreateDirectory(Path.Combine(staging, "figures"));
        string[] files = [Path.Combine(staging, "report.pdf"), Path.Combine(staging, "figures", "equity.png"), Path.Combine(staging, "figures", "drawdown.png")];
        ResultFile.WriteText(files[0], "new report");
        ResultFile.WriteText(files[1], "new equity");
        ResultFile.WriteText(files[2], "new drawdown");
        return files;
    }

    // Every entry under the folder, hidden ones included, with the content of each file.
    private string[] Snapshot() =>
        [.. Directory.GetFileSystemEntries(_folder, "*", new EnumerationOptions { AttributesToSkip = 0, RecurseSubdirectories = true })
            .Select(p => Path.GetRelativePath(_folder, p) + (File.Exists(p) ? ": " + File.ReadAllText(p) : "/"))
            .Order(StringComparer.Ordinal)];
}
