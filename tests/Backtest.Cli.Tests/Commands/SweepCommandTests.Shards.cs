using System.Diagnostics;
using Backtest.Testing;

namespace Backtest.Cli.Tests.Commands;

/// <summary>Shards: four real processes merged equal one process byte for byte; scheduler variables pick the slice.</summary>
public partial class SweepCommandTests
{
    private static readonly string[] ShardGrid =
        ["--grid", "shortAllocation=0.1:1.0:0.1", "--grid", "rebalance=none,weekly,monthly", "--grid", "entryDate=2025-10-01..2025-12-15:monthly"];

    [Test]
    public void Sweep_FourShardProcessesMerged_EqualOneProcessByteForByte()
    {
        string single = _temporary.New();
        AssertSucceeded(SweepOn(TestCli.FixturePrices, single, [Burry, .. ShardGrid, "--keep-curves"]));
        string whole = SingleSweepFolder(single, Burry);

        string shards = _temporary.New();
        Process[] processes = Enumerable.Range(1, 4)
            .Select(k => BacktestProcess.Start(TestPaths.RepoRoot, ["sweep", Burry, .. ShardGrid, "--keep-curves", "--shard", $"{k}/4", "--data", TestCli.FixturePrices, "--out", shards, "--no-figures", "--top", "0"]))
            .ToArray();
        foreach (Process process in processes)
        {
            using (process)
            {
                AssertSucceeded(BacktestProcess.Wait(process, TimeSpan.FromMinutes(3)));
            }
        }

        string[] folders = SweepFolders(shards, Burry);
        Assert.That(folders, Has.Length.EqualTo(4));
        Assert.That(folders.Select(Path.GetFileName), Has.All.Contains("-shard-"));
        string merged = _temporary.New();
        CliRun merge = TestCli.Run(["sweep", "merge", .. folders.Reverse(), "--out", merged]);

        AssertSucceeded(merge);
        Assert.That(merge.Output, Does.Contain("merged 4 shards, 90 rows"));
        string joined = SingleSweepFolder(merged, Burry);
        Assert.That(File.ReadAllBytes(Path.Combine(joined, "sweep.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, "sweep.csv"))));
        Assert.That(File.ReadAllBytes(Path.Combine(joined, "curves.csv")), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, "curves.csv"))));
        Assert.That(Path.GetFileName(joined), Does.EndWith(Path.GetFileName(whole)[^8..]), "the same sweep id");
    }

    [TestCase("JOB_COMPLETION_INDEX=1", "--shards", "3", "shard-2-of-3", 30, 60)]
    [TestCase("SLURM_ARRAY_TASK_ID=7;SLURM_ARRAY_TASK_MIN=5;SLURM_ARRAY_TASK_COUNT=3", null, null, "shard-3-of-3", 60, 90)]
    [TestCase("SLURM_ARRAY_TASK_ID=1;SLURM_ARRAY_TASK_MIN=1;SLURM_ARRAY_TASK_COUNT=3", "--shard", "2/3", "shard-2-of-3", 30, 60)]
    public void Sweep_SchedulerVariables_RunTheirSlice(string variables, string? option, string? value, string suffix, int first, int end)
    {
        var map = variables.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        CliEnvironment environment = TestCli.Environment() with { Variables = name => map.GetValueOrDefault(name) };
        string[] extra = option is null ? [] : [option, value!];

        CliRun sweep = SweepIn(environment, _out, [Burry, .. ShardGrid, .. extra]);

        AssertSucceeded(sweep);
        string folder = SingleSweepFolder(_out, Burry);
        Assert.That(Path.GetFileName(folder), Does.EndWith(suffix));
        string[] indices = File.ReadAllLines(Path.Combine(folder, "sweep.csv")).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.That(indices, Is.EqualTo(Enumerable.Range(first, end - first).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void Merge_MissingShard_ExitsTwoNamingIt()
    {
        string shards = _temporary.New();
        AssertSucceeded(SweepOn(TestCli.FixturePrices, shards, [Burry, .. ShardGrid, "--shard", "1/3"]));
        AssertSucceeded(SweepOn(TestCli.FixturePrices, shards, [Burry, .. ShardGrid, "--shard", "3/3"]));

        CliRun merge = TestCli.Run(["sweep", "merge", .. SweepFolders(shards, Burry), "--out", _out]);

        Assert.That(merge.ExitCode, Is.EqualTo(ExitCodes.BadInput), merge.Output);
        Assert.That(merge.Stderr, Does.StartWith("Error: ").And.Contain("has 3 shards; missing 2/3"));
        Assert.That(Directory.EnumerateFileSystemEntries(_out), Is.Empty);
    }

    [Test]
    public void Merge_ShardsOfDifferentSweeps_ExitsTwo()
    {
        string shards = _temporary.New();
        AssertSucceeded(SweepOn(TestCli.FixturePrices, shards, [Burry, .. ShardGrid, "--shard", "1/2"]));
        AssertSucceeded(SweepOn(TestCli.FixturePrices, shards, [Burry, .. ShardGrid, "--shard", "2/2", "--set", "slippageBps=9"]));

        CliRun merge = TestCli.Run(["sweep", "merge", .. SweepFolders(shards, Burry), "--out", _out]);

        Assert.That(merge.ExitCode, Is.EqualTo(ExitCodes.BadInput), merge.Output);
        Assert.That(merge.Stderr, Does.StartWith("Error: ").And.Contain("are of different sweeps"));
    }

    [Test]
    public void Merge_NotASweepFolder_ExitsTwo()
    {
        CliRun merge = TestCli.Run(["sweep", "merge", _temporary.New(), "--out", _out]);

        Assert.That(merge.ExitCode, Is.EqualTo(ExitCodes.BadInput), merge.Output);
        Assert.That(merge.Stderr, Does.StartWith("Error: ").And.Contain("is not a sweep's results folder"));
    }
}
