using Backtest.Core;
using Backtest.Core.Sweeps;

namespace Backtest.Core.Tests.Sweeps;

public class ShardSliceTests
{
    [TestCase("1/4", 1, 4)]
    [TestCase("4/4", 4, 4)]
    [TestCase(" 2 / 3 ", 2, 3)]
    [TestCase("1/1", 1, 1)]
    public void Parse_KOverN_GivesTheSlice(string text, int k, int n) =>
        Assert.That(ShardSlice.Parse(text), Is.EqualTo(new ShardSlice(k, n)));

    [TestCase("5/4")]
    [TestCase("0/4")]
    [TestCase("1/0")]
    [TestCase("-1/4")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("1/2/3")]
    public void Parse_Bad_ThrowsNamingIt(string text)
    {
        var e = Assert.Throws<InputException>(() => ShardSlice.Parse(text));

        Assert.That(e!.Message, Does.Contain($"--shard '{text}'"));
    }

    [TestCase(220, 4)]
    [TestCase(10, 3)]
    [TestCase(3, 5)]
    [TestCase(1, 1)]
    public void Range_ShardsInOrder_CoverTheGridOnceInContiguousBlocks(long combinations, int shards)
    {
        long next = 0;
        for (int k = 1; k <= shards; k++)
        {
            (long first, long end) = new ShardSlice(k, shards).Range(combinations);
            Assert.That(first, Is.EqualTo(next), $"shard {k}");
            Assert.That(end - first, Is.InRange(combinations / shards, (combinations / shards) + 1));
            next = end;
        }

        Assert.That(next, Is.EqualTo(combinations));
    }

    [TestCase("JOB_COMPLETION_INDEX=0", 4, 1, 4)]
    [TestCase("JOB_COMPLETION_INDEX=3", 4, 4, 4)]
    [TestCase("SLURM_ARRAY_TASK_ID=0;SLURM_ARRAY_TASK_COUNT=4", null, 1, 4)]
    [TestCase("SLURM_ARRAY_TASK_ID=7;SLURM_ARRAY_TASK_MIN=5;SLURM_ARRAY_TASK_COUNT=4", null, 3, 4)]
    [TestCase("SLURM_ARRAY_TASK_ID=12;SLURM_ARRAY_TASK_MIN=4;SLURM_ARRAY_TASK_STEP=4;SLURM_ARRAY_TASK_COUNT=3", null, 3, 3)]
    [TestCase("SLURM_ARRAY_TASK_ID=2;SLURM_ARRAY_TASK_MIN=1", 2, 2, 2)]
    [TestCase("", null, 1, 1)]
    public void Resolve_SchedulerVariables_GiveTheSlice(string variables, int? shards, int k, int n) =>
        Assert.That(ShardSlice.Resolve(null, shards, Env(variables)), Is.EqualTo(new ShardSlice(k, n)));

    [Test]
    public void Resolve_ShardOption_WinsOverTheEnvironment() =>
        Assert.That(ShardSlice.Resolve("2/3", null, Env("JOB_COMPLETION_INDEX=0")), Is.EqualTo(new ShardSlice(2, 3)));

    [TestCase(null, "JOB_COMPLETION_INDEX=1", null, "give it with --shards N")]
    [TestCase(null, "JOB_COMPLETION_INDEX=4", 4, "gives shard 5 but there are 4")]
    [TestCase(null, "SLURM_ARRAY_TASK_ID=3;SLURM_ARRAY_TASK_MIN=5;SLURM_ARRAY_TASK_COUNT=4", null, "gives shard -1")]
    [TestCase(null, "SLURM_ARRAY_TASK_ID=x", 2, "is not a whole number")]
    [TestCase(null, "", 4, "--shards N needs a shard index")]
    [TestCase(null, "", 0, "must be at least 1")]
    [TestCase("1/4", "", 3, "--shard '1/4 (with --shards 3)'")]
    public void Resolve_Inconsistent_ThrowsNamingTheProblem(string? shard, string variables, int? shards, string message)
    {
        var e = Assert.Throws<InputException>(() => ShardSlice.Resolve(shard, shards, Env(variables)));

        Assert.That(e!.Message, Does.Contain(message));
    }

    private static Func<string, string?> Env(string pairs)
    {
        var map = pairs.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        return name => map.GetValueOrDefault(name);
    }
}
