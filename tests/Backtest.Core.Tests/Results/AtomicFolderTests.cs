using Backtest.Core.Results;
using Backtest.Testing;

namespace Backtest.Core.Tests.Results;

/// <summary>A new folder appears whole or not at all; a disk failing while it is filled is one input error and leaves nothing.</summary>
public class AtomicFolderTests
{
    private readonly TempFolders _temporary = new();

    [TearDown]
    public void DeleteFolders() => _temporary.DeleteAll();

    [Test]
    public void Create_Filled_AppearsUnderItsNameWithNoPartialLeft()
    {
        string parent = Path.Combine(_temporary.New(), "label");

        string folder = AtomicFolder.Create(parent, "run", f => ResultFile.WriteText(Path.Combine(f, "a.csv"), "x"));

        Assert.That(folder, Is.EqualTo(Path.Combine(parent, "run")));
        Assert.That(Entries(parent), Is.EqualTo(new[] { "run" }));
    }

    [TestCase(0)]
    [TestCase(5)]
    [TestCase(100)]
    public void Create_DiskFullWhileFilling_IsOneInputErrorAndLeavesNothing(int freeBytes)
    {
        string root = _temporary.New();
        string parent = Path.Combine(root, "out", "label");
        var disk = new FullDisk(freeBytes);

        var e = Assert.Throws<InputException>(() => ResultFile.Intercepted(disk.Open, () => AtomicFolder.Create(parent, "run", f =>
        {
            ResultFile.WriteText(Path.Combine(f, "a.csv"), new string('x', 60));
            ResultFile.WriteText(Path.Combine(f, "b.csv"), new string('x', 60));
        })));

        Assert.That(disk.Failures, Is.EqualTo(1));
        Assert.That(e!.Message, Is.EqualTo($"cannot write results to '{parent}': No space left on device. Nothing was written."));
        Assert.That(Entries(root), Is.Empty, "neither the partial folder nor the folders made for it");
    }

    [Test]
    public void Create_DiskFullInParallelWriters_IsStillOneInputError()
    {
        string parent = _temporary.New();
        var disk = new FullDisk(0);

        var e = Assert.Throws<InputException>(() => ResultFile.Intercepted(disk.Open, () => AtomicFolder.Create(parent, "run", f =>
            Parallel.For(0, 8, k => ResultFile.WriteText(Path.Combine(f, $"{k}.csv"), "x")))));

        Assert.That(e!.Message, Does.Contain("No space left on device"));
        Assert.That(Entries(parent), Is.Empty);
    }

    [Test]
    public void Create_BugWhileFilling_IsRethrownAndLeavesNoPartial()
    {
        string parent = _temporary.New();

        Assert.Throws<InvalidOperationException>(() => AtomicFolder.Create(parent, "run", _ => throw new InvalidOperationException("bug")));

        Assert.That(Entries(parent), Is.Empty);
    }

    [Test]
    public void Create_NameTakenByALink_TakesTheNextNameAndLeavesTheLinkAlone()
    {
        string parent = _temporary.New(), elsewhere = _temporary.New();
        Directory.CreateSymbolicLink(Path.Combine(parent, "run"), elsewhere);

        string folder = AtomicFolder.Create(parent, "run", f => ResultFile.WriteText(Path.Combine(f, "a.csv"), "x"));

        Assert.That(folder, Is.EqualTo(Path.Combine(parent, "run-2")));
        Assert.That(Directory.GetFileSystemEntries(elsewhere), Is.Empty);
    }

    private static string[] Entries(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
