using System.Diagnostics;
using Backtest.Core.Parameters;
using Backtest.Core.Sweeps;
using Backtest.Testing;
using Spectre.Console.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>A stopped sweep (a killed process, or a cancellation mid-way) resumed equals an uninterrupted one.</summary>
public partial class SweepCommandTests
{
    // 40,000 combinations: several seconds on one thread, long enough to be stopped part of the way.
    private static readonly string[] LongGrid = ["--grid", "shortAllocation=0.0001:2:0.0001", "--grid", "rebalance=none,weekly"];

    [Test]
    public void Sweep_KilledProcessResumed_EqualsAnUninterruptedSweep()
    {
        string killed = _temporary.New();
        using (Process process = BacktestProcess.Start(TestPaths.RepoRoot, ["sweep", Burry, .. LongGrid, "--threads", "1", "--data", TestCli.FixturePrices, "--out", killed, "--no-figures", "--top", "0"]))
        {
            string? work = WaitForFinishedChunk(Path.Combine(killed, Burry), process, TimeSpan.FromMinutes(2));
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            if (work is null)
            {
                Assert.Inconclusive("the sweep finished before it could be killed");
            }
        }

        CliRun resumed = SweepOn(TestCli.FixturePrices, killed, [Burry, .. LongGrid, "--resume"]);

        AssertSucceeded(resumed);
        Assert.That(resumed.Output, Does.Contain("resuming from"));
        string uninterrupted = _temporary.New();
        AssertSucceeded(SweepOn(TestCli.FixturePrices, uninterrupted, [Burry, .. LongGrid]));
        AssertSameSweep(SingleSweepFolder(killed, Burry), SingleSweepFolder(uninterrupted, Burry));
        Assert.That(Directory.GetDirectories(Path.Combine(killed, Burry)), Has.Length.EqualTo(1), "the work folder is gone");
    }

    [Test]
    public void Sweep_CancelledMidwayThenResumed_EqualsAnUninterruptedSweep()
    {
        SweepPlan plan = PrepareOnFixtures(LongGrid);
        var options = new SweepJobOptions(_out, ShardSlice.Whole, TestCli.Now);
        using var stop = new CancellationTokenSource();
        long doneWhenStopped;
        using (SweepJob job = SweepJob.Open(plan, options))
        {
            bool finished = job.Run(stop.Token, p => { if (p.Done > 0) stop.Cancel(); }, TimeSpan.FromMilliseconds(1));
            doneWhenStopped = job.Progress(TimeSpan.Zero).Done;
            Assert.That(finished, Is.False, "stopped before the end");
        }

        Assert.That(doneWhenStopped, Is.GreaterThan(0).And.LessThan(plan.Grid.Count));
        string resumedFolder;
        using (SweepJob job = SweepJob.Open(PrepareOnFixtures(LongGrid), options with { Resume = true }))
        {
            Assert.That(job.Resumed, Is.True);
            Assert.That(job.Run(CancellationToken.None), Is.True);
            resumedFolder = job.Finish(null);
        }

        string uninterrupted = _temporary.New();
        AssertSucceeded(SweepOn(TestCli.FixturePrices, uninterrupted, [Burry, .. LongGrid]));
        AssertSameSweep(resumedFolder, SingleSweepFolder(uninterrupted, Burry));
    }

    [Test]
    public void Sweep_Cancelled_ExitsWith130AndSaysHowToResume()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        using var consoles = new CliConsoles(new TestConsole().Width(1000));

        CliRun run = consoles.Run(["sweep", Burry, "--grid", "shortAllocation=0.5,1", "--data", TestCli.FixturePrices, "--out", _out], TestCli.Environment(), stop.Token);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Cancelled), run.Output);
        Assert.That(run.Stderr, Does.StartWith("Stopped:").And.Contain("--resume"));
        Assert.That(run.Stdout, Does.Not.Contain("Stopped:"));
        Assert.That(Directory.GetDirectories(Path.Combine(_out, Burry)).Select(Path.GetFileName), Has.All.StartsWith(".sweep-").And.All.EndsWith(".partial"));
    }

    [Test]
    public void Sweep_StoppedSweepThereWithoutResume_ExitsTwo()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        using var consoles = new CliConsoles(new TestConsole());
        consoles.Run(["sweep", Burry, "--grid", "shortAllocation=0.5,1", "--data", TestCli.FixturePrices, "--out", _out], TestCli.Environment(), stop.Token);

        CliRun again = SweepOnFixtures(Burry, "--grid", "shortAllocation=0.5,1");

        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.BadInput), again.Output);
        Assert.That(again.Output, Does.Contain("add --resume to complete it"));
    }

    private static SweepPlan PrepareOnFixtures(string[] grid)
    {
        string[] specs = grid.Where((_, k) => k % 2 == 1).ToArray();
        var request = new SweepRequest(Burry, new List<Assignment>(), specs, TestCli.FixturePrices, "test");
        CliEnvironment environment = TestCli.Environment();
        return SweepPlan.Prepare(request, environment.Strategies, environment.Presets());
    }

    // Waits until the child's work folder marks a chunk done; null if the process ended first.
    private static string? WaitForFinishedChunk(string parent, Process process, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !process.HasExited)
        {
            string? work = Directory.Exists(parent) ? Directory.GetDirectories(parent, ".sweep-*.partial").FirstOrDefault() : null;
            string done = work is null ? string.Empty : Path.Combine(work, "done.bin");
            if (File.Exists(done) && ReadShared(done).Any(b => b != 0))
            {
                return work;
            }

            Thread.Sleep(20);
        }

        return null;
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static void AssertSameSweep(string actual, string expected)
    {
        Assert.That(File.ReadAllBytes(Path.Combine(actual, "sweep.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, "sweep.csv"))), "sweep.csv");
        Assert.That(Directory.GetFiles(actual).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "sweep.csv", "sweep.json" }));
    }
}
