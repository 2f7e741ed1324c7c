using System.Globalization;

namespace Backtest.Core.Sweeps;

/// <summary>
/// The K-th of N deterministic slices of a grid (K from 1 to N): contiguous blocks of combinations in grid order,
/// shard K holding indices floor((K-1) x C / N) to floor(K x C / N) - 1, so that shards 1..N put side by side are the
/// grid in order. A shard may be empty when there are more shards than combinations.
/// </summary>
/// <param name="Index">K, from 1.</param>
/// <param name="Count">N.</param>
public readonly record struct ShardSlice(int Index, int Count)
{
    /// <summary>The whole grid: shard 1 of 1.</summary>
    public static ShardSlice Whole => new(1, 1);

    /// <summary>Kubernetes Indexed Jobs: the pod's index, from 0.</summary>
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";

    /// <summary>Slurm job arrays: this task's id.</summary>
    public const string SlurmTaskId = "SLURM_ARRAY_TASK_ID";

    /// <summary>Slurm job arrays: the number of tasks.</summary>
    public const string SlurmTaskCount = "SLURM_ARRAY_TASK_COUNT";

    /// <summary>Slurm job arrays: the lowest task id (ids need not start at 0: <c>--array=1-8</c>).</summary>
    public const string SlurmTaskMin = "SLURM_ARRAY_TASK_MIN";

    /// <summary>Slurm job arrays: the step between task ids (<c>--array=0-15:4</c>).</summary>
    public const string SlurmTaskStep = "SLURM_ARRAY_TASK_STEP";

    /// <summary>Whether this is the whole grid.</summary>
    public bool IsWhole => Count == 1;

    /// <summary>The first index and one past the last of this slice of <paramref name="combinations"/>.</summary>
    public (long First, long End) Range(long combinations) =>
        (Bound(Index - 1, combinations), Bound(Index, combinations));

    /// <summary>Parses <c>K/N</c>.</summary>
    public static ShardSlice Parse(string text)
    {
        string[] parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || k < 1 || n < 1 || k > n)
        {
            throw SweepErrors.BadShard(text);
        }

        return new ShardSlice(k, n);
    }

    /// <summary>
    /// The slice to run: <paramref name="shard"/> (<c>K/N</c>) when given; else the scheduler's: a Kubernetes Indexed Job
    /// (<c>JOB_COMPLETION_INDEX</c>, from 0, with <paramref name="shards"/> as N) or a Slurm job array
    /// (<c>SLURM_ARRAY_TASK_ID</c> less <c>SLURM_ARRAY_TASK_MIN</c>, divided by <c>SLURM_ARRAY_TASK_STEP</c>, with
    /// <paramref name="shards"/> or <c>SLURM_ARRAY_TASK_COUNT</c> as N); else the whole grid.
    /// </summary>
    public static ShardSlice Resolve(string? shard, int? shards, Func<string, string?> variables)
    {
        if (shards is < 1)
        {
            throw SweepErrors.BadShardCount(shards.Value);
        }

        if (shard is not null)
        {
            ShardSlice slice = Parse(shard);
            if (shards is { } n && n != slice.Count)
            {
                throw SweepErrors.BadShard($"{shard} (with --shards {n})");
            }

            return slice;
        }

        if (Variable(variables, KubernetesIndex) is { } index)
        {
            int count = shards ?? throw SweepErrors.IndexWithoutCount();
            return FromZeroBased(KubernetesIndex, index, count);
        }

        if (Variable(variables, SlurmTaskId) is { } id)
        {
            int min = Variable(variables, SlurmTaskMin) ?? 0;
            int step = Math.Max(1, Variable(variables, SlurmTaskStep) ?? 1);
            int count = shards ?? Variable(variables, SlurmTaskCount) ?? throw SweepErrors.CountWithoutShard();
            return FromZeroBased(SlurmTaskId, (id - min) / step, count);
        }

        if (shards is not null)
        {
            throw SweepErrors.CountWithoutShard();
        }

        return Whole;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";

    private long Bound(int k, long combinations) => (long)(((Int128)k * combinations) / Count);

    private static ShardSlice FromZeroBased(string variable, int index, int count)
    {
        if (count < 1)
        {
            throw SweepErrors.BadShardCount(count);
        }

        if (index < 0 || index >= count)
        {
            throw SweepErrors.VariableOutOfRange(variable, index, count);
        }

        return new ShardSlice(index + 1, count);
    }

    private static int? Variable(Func<string, string?> variables, string name)
    {
        string? text = variables(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw SweepErrors.BadVariable(name, text);
    }
}
