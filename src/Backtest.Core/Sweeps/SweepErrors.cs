namespace Backtest.Core.Sweeps;

/// <summary>The messages for sweeps that cannot start or be merged, in one place.</summary>
public static class SweepErrors
{
    /// <summary>A <c>--grid</c> that is not <c>NAME=SPEC</c>.</summary>
    public static InputException NotAGrid(string text) =>
        new($"--grid '{InputExcerpt.Of(text)}': expected NAME=SPEC, for example --grid shortAllocation=0.1:1.0:0.1, --grid rebalance=none,monthly or --grid entryDate=2024-01-01..2025-10-01:monthly");

    /// <summary>A sweep without any <c>--grid</c>.</summary>
    public static InputException EmptyGrid() =>
        new("give at least one --grid NAME=SPEC to sweep, for example --grid shortAllocation=0.1:1.0:0.1");

    /// <summary>A <c>START:STOP:STEP</c> that is not three numbers.</summary>
    public static InputException MalformedRange(string name, string spec) =>
        new($"--grid {name}={InputExcerpt.Of(spec)}: a range is START:STOP:STEP (numbers, both ends included, e.g. 0.1:1.0:0.1) or START..END:daily|weekly|monthly|quarterly (dates, e.g. 2024-01-01..2025-10-01:monthly)");

    /// <summary>A step of zero.</summary>
    public static InputException ZeroStep(string name, string spec) =>
        new($"--grid {name}={InputExcerpt.Of(spec)}: the step is 0; give a step that moves from START to STOP, e.g. 0.1:1.0:0.1");

    /// <summary>A step that moves away from STOP.</summary>
    public static InputException StepAway(string name, string spec) =>
        new($"--grid {name}={InputExcerpt.Of(spec)}: the step moves away from STOP; use a positive step when STOP is above START and a negative one when below");

    /// <summary>A date range whose end is before its start.</summary>
    public static InputException DatesReversed(string name, string spec) =>
        new($"--grid {name}={InputExcerpt.Of(spec)}: END is before START");

    /// <summary>A date range without a trading day in it.</summary>
    public static InputException NoTradingDay(string name, string spec, DateOnly first, DateOnly last) =>
        new($"--grid {name}={InputExcerpt.Of(spec)}: no trading day of the data ({first:yyyy-MM-dd} to {last:yyyy-MM-dd}) falls in that range");

    /// <summary>A list with an empty item.</summary>
    public static InputException EmptyValue(string name, string spec) =>
        new($"--grid {name}={InputExcerpt.Of(spec)}: a value is empty; separate values with commas (or with ';' when a value holds commas, e.g. basket=NVDA,PLTR;AMD)");

    /// <summary>The same parameter in two grids.</summary>
    public static InputException SameParameterTwice(string first, string second) =>
        new($"--grid {first} and --grid {second} set the same parameter; give each parameter one --grid");

    /// <summary>A grid of more combinations than a sweep takes.</summary>
    public static InputException TooLarge(long count, long limit) =>
        new($"the grid has {count:N0} combinations; a sweep takes at most {limit:N0} (split it with --shard, or use coarser steps)");

    /// <summary>A <c>--shard</c> that is not <c>K/N</c> with 1 &lt;= K &lt;= N.</summary>
    public static InputException BadShard(string text) =>
        new($"--shard '{InputExcerpt.Of(text)}': expected K/N with 1 <= K <= N, e.g. --shard 1/4 for the first of four slices");

    /// <summary>A shard count below 1.</summary>
    public static InputException BadShardCount(int count) =>
        new($"--shards {count}: the number of shards must be at least 1");

    /// <summary>A scheduler variable that is not a number.</summary>
    public static InputException BadVariable(string variable, string value) =>
        new($"environment variable {variable}='{InputExcerpt.Of(value)}' is not a whole number");

    /// <summary>A scheduler index outside the shard count.</summary>
    public static InputException VariableOutOfRange(string variable, int index, int count) =>
        new($"{variable} gives shard {index + 1} but there are {count} shards (--shards or the array's size)");

    /// <summary>A Kubernetes index without the shard count.</summary>
    public static InputException IndexWithoutCount() =>
        new("JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but the number of shards is not: give it with --shards N (the Job's completions)");

    /// <summary>A shard count with no shard to run.</summary>
    public static InputException CountWithoutShard() =>
        new("--shards N needs a shard index: --shard K/N, or JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm) in the environment");

    /// <summary>A <c>--metric</c> or <c>--where</c> naming no column.</summary>
    public static InputException UnknownColumn(string option, string name, IEnumerable<string> columns) =>
        new($"{option}: no column '{name}' (nor 'strategy.{name}'); columns are {string.Join(", ", columns)}");

    /// <summary>A <c>--where</c> that is not <c>COLUMN OP VALUE</c>.</summary>
    public static InputException MalformedWhere(string text) =>
        new($"--where '{InputExcerpt.Of(text)}': expected COLUMN OP VALUE with OP one of < <= > >= == !=, e.g. --where \"maxDrawdown > -0.5\"; join conditions with 'and'");

    /// <summary>A <c>--where</c> value of the wrong type for its column.</summary>
    public static InputException WhereValue(string text, string column, string expected) =>
        new($"--where '{InputExcerpt.Of(text)}': {column} is compared with {expected}");

    /// <summary>A <c>--top</c> below 0.</summary>
    public static InputException BadTop(int top) =>
        new($"--top {top}: give the number of rows to print, 0 or more");

    /// <summary>An interrupted sweep of the same grid that <c>--resume</c> was not asked to complete.</summary>
    public static InputException PartialExists(string folder) =>
        new($"a stopped sweep of this same grid is in '{folder}'; add --resume to complete it, or delete that folder to start over");

    /// <summary>A finished chunk whose rows could not be saved (a full disk); the chunks saved before are kept.</summary>
    public static InputException CannotSave(string workFolder, string why) =>
        new($"cannot save the sweep's progress in '{workFolder}': {why}. The combinations finished before are kept there; once there is room, run the same command with --resume.");

    /// <summary>A finished sweep whose results could not be written (a full disk); its work is kept.</summary>
    public static InputException CannotFinish(string folder, string why, string workFolder) =>
        new($"cannot write results to '{folder}': {why}. Every combination is finished and kept in '{workFolder}'; once there is room, run the same command with --resume to write the results.");

    /// <summary>A finished sweep whose work folder could not be renamed into place.</summary>
    public static InputException CannotMove(string workFolder, string why) =>
        new($"the sweep's results are complete in '{workFolder}' but could not be moved into sight: {why}. Rename the folder without its leading dot and '.partial'.");

    /// <summary>A partial folder that is not of this sweep (another tool version, say).</summary>
    public static InputException PartialMismatch(string folder, string why) =>
        new($"cannot resume from '{folder}': {why}; delete that folder to start over");

    /// <summary>A folder given to merge that holds no sweep.</summary>
    public static InputException NotASweep(string folder) =>
        new($"'{folder}' is not a sweep's results folder (no sweep.json and sweep.csv in it)");

    /// <summary>Shards of different sweeps given to one merge.</summary>
    public static InputException DifferentSweeps(string a, string idA, string b, string idB) =>
        new($"'{a}' (sweep {idA}) and '{b}' (sweep {idB}) are of different sweeps; merge shards of one sweep (same grid, parameters and data)");

    /// <summary>Shards that do not make up the whole sweep.</summary>
    public static InputException ShardsIncomplete(string id, int count, IEnumerable<int> missing) =>
        new($"sweep {id} has {count} shards; missing {string.Join(", ", missing.Select(k => $"{k}/{count}"))}");

    /// <summary>The same shard given twice.</summary>
    public static InputException ShardTwice(int index, int count, string a, string b) =>
        new($"shard {index}/{count} is given twice: '{a}' and '{b}'");

    /// <summary>A shard whose <c>sweep.csv</c> lacks rows or has rows of another slice.</summary>
    public static InputException ShardRows(string folder, string why) =>
        new($"'{folder}': sweep.csv {why}; was the shard finished? (run it again with --resume)");

    /// <summary>A merge of fewer than one folder.</summary>
    public static InputException NothingToMerge() =>
        new("name the shard folders to merge, e.g. sweep merge results/burry-13f-2025/sweep-*-shard-*");

    /// <summary>A period word for a date range that is not one.</summary>
    public static InputException BadPeriod(string name, string spec, string period) =>
        new($"--grid {name}={InputExcerpt.Of(spec)}: '{period}' is not a period; use daily, weekly, monthly or quarterly");
}
