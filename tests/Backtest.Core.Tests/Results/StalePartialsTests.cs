using System.Diagnostics;
using Backtest.Core.Results;
using Backtest.Testing;

namespace Backtest.Core.Tests.Results;

/// <summary>Which partial folders a new write removes: a dead writer's and any older than a day, never a live writer's or a sweep's work.</summary>
public class StalePartialsTests
{
    private readonly TempFolders _temporary = new();
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = _temporary.New();

    [TearDown]
    public void DeleteFolder() => _temporary.DeleteAll();

    [Test]
    public void Remove_DeadWritersPartialFolder_RemovesItWithItsFiles()
    {
        string partial = Partial("20260115-183000-4eb0a162", DeadProcessId(), PartialName.ThisHost);
        File.WriteAllText(Path.Combine(partial, "equity.csv"), "date,equity\n");

        IReadOnlyList<string> removed = StalePartials.Remove(_folder);

        Assert.That(removed, Is.EqualTo(new[] { partial }));
        Assert.That(Directory.Exists(partial), Is.False);
    }

    [Test]
    public void Remove_PartialOfAnOlderVersionWithoutHost_RemovesItWhenItsWriterIsDead()
    {
        string partial = Path.Combine(_folder, $".20260115-183000-4eb0a162.partial-{DeadProcessId()}");
        Directory.CreateDirectory(partial);

        StalePartials.Remove(_folder);

        Assert.That(Directory.Exists(partial), Is.False);
    }

    [Test]
    public void Remove_LiveWritersPartial_KeepsIt()
    {
        using Process live = Process.GetCurrentProcess();
        string other = Partial("a", SleepingChild(out Process child), PartialName.ThisHost);
        try
        {
            string own = Partial("b", live.Id, PartialName.ThisHost);

            StalePartials.Remove(_folder);

            Assert.That(Directory.Exists(own), Is.True, "this process's own");
            Assert.That(Directory.Exists(other), Is.True, "another live process's");
        }
        finally
        {
            child.Kill();
            child.WaitForExit();
            child.Dispose();
        }
    }

    [Test]
    public void Remove_AnotherMachinesRecentPartial_KeepsItWhateverItsProcessId()
    {
        string partial = Partial("a", DeadProcessId(), "node-17");

        StalePartials.Remove(_folder);

        Assert.That(Directory.Exists(partial), Is.True, "its process id says nothing on this machine");
    }

    [Test]
    public void Remove_PartialOlderThanADay_RemovesItEvenWithALiveProcessId()
    {
        string partial = Partial("a", Environment.ProcessId, "node-17");
        Directory.SetLastWriteTimeUtc(partial, DateTime.UtcNow - StalePartials.MaxAge - TimeSpan.FromMinutes(1));

        StalePartials.Remove(_folder);

        Assert.That(Directory.Exists(partial), Is.False);
    }

    [TestCase(".sweep-4eb0a162.partial")]
    [TestCase(".sweep-4eb0a162-shard-1-of-2.partial")]
    [TestCase("20260115-183000-4eb0a162")]
    [TestCase(".hidden")]
    [TestCase(".a.partial-x")]
    public void Remove_NotAPartialOfADeadWriter_LeavesIt(string name)
    {
        string path = Path.Combine(_folder, name);
        Directory.CreateDirectory(path);
        Directory.SetLastWriteTimeUtc(path, DateTime.UtcNow - TimeSpan.FromDays(30));

        StalePartials.Remove(_folder);

        Assert.That(Directory.Exists(path), Is.True);
    }

    [Test]
    public void Remove_StaleLinkNamedAsAPartial_RemovesTheLinkNotWhatItPointsTo()
    {
        string outside = _temporary.New();
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "keep");
        string link = Path.Combine(_folder, new PartialName("a", DeadProcessId(), PartialName.ThisHost).ToString());
        Directory.CreateSymbolicLink(link, outside);

        StalePartials.Remove(_folder);

        Assert.That(Path.Exists(link) || new FileInfo(link).LinkTarget is not null, Is.False, "the link");
        Assert.That(File.ReadAllText(Path.Combine(outside, "keep.txt")), Is.EqualTo("keep"));
    }

    [Test]
    public void Remove_MissingFolder_RemovesNothing() =>
        Assert.That(StalePartials.Remove(Path.Combine(_folder, "absent")), Is.Empty);

    [TestCase(".20260115-183000-4eb0a162.partial-4242@node-17", "20260115-183000-4eb0a162", 4242, "node-17")]
    [TestCase(".staged.partial-7", "staged", 7, "")]
    [TestCase(".a.b.partial-12@h", "a.b", 12, "h")]
    public void Parse_PartialName_GivesNameProcessAndHost(string text, string name, int pid, string host)
    {
        PartialName? parsed = PartialName.Parse(text);

        Assert.That(parsed, Is.EqualTo(new PartialName(name, pid, host)));
        Assert.That(host.Length == 0 || parsed!.ToString() == text, Is.True, "written back the same");
    }

    private string Partial(string name, int processId, string host)
    {
        string path = Path.Combine(_folder, new PartialName(name, processId, host).ToString());
        Directory.CreateDirectory(path);
        return path;
    }

    // The id of a process that has just ended: not reused within the test, in practice.
    private static int DeadProcessId()
    {
        using Process child = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        child.WaitForExit();
        return child.Id;
    }

    private static int SleepingChild(out Process child)
    {
        child = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        return child.Id;
    }
}
