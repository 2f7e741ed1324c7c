using System.Diagnostics;
using System.Text.Json;
using Backtest.Core.Engine;
using Backtest.Core.Results;
using CsvHelper;

namespace Backtest.Core.Sweeps;

/// <summary>
/// One process's run of a sweep's slice: every combination on all cores, each finished chunk persisted in the work folder
/// (<see cref="SweepWorkFolder"/>) so that a stop loses nothing finished; then the results folder
/// <c>&lt;Root&gt;/&lt;label&gt;/sweep-&lt;time&gt;-&lt;id&gt;[-shard-K-of-N]/</c> with <c>sweep.csv</c>, <c>sweep.json</c>
/// and, with <see cref="SweepJobOptions.KeepCurves"/>, <c>curves.csv</c> (long format: index,date,equity, in grid order).
/// </summary>
public sealed class SweepJob : IDisposable
{
    private readonly SweepPlan _plan;
    private readonly SweepJobOptions _options;
    private readonly SweepWorkFolder _work;
    private readonly long _doneBefore;
    private long _doneHere;

    private SweepJob(SweepPlan plan, SweepJobOptions options, SweepWorkFolder work)
    {
        _plan = plan;
        _options = options;
        _work = work;
        _doneBefore = work.DoneCombinations();
        Resumed = _doneBefore > 0;
    }

    /// <summary>The work folder (kept when the sweep stops).</summary>
    public string WorkFolder => _work.Folder;

    /// <summary>The combinations of the slice.</summary>
    public long Total => _work.End - _work.First;

    /// <summary>Whether an earlier process had finished some of the slice.</summary>
    public bool Resumed { get; }

    /// <summary>How far the sweep has come, from another thread too.</summary>
    public SweepProgress Progress(TimeSpan elapsed)
    {
        long here = Interlocked.Read(ref _doneHere);
        return new SweepProgress(_doneBefore + here, Total, here, elapsed);
    }

    /// <summary>
    /// Starts (or, with <see cref="SweepJobOptions.Resume"/>, resumes) <paramref name="plan"/>'s slice: creates or opens its
    /// work folder. A stopped sweep of the same slice without <c>--resume</c> is an <see cref="InputException"/>.
    /// </summary>
    public static SweepJob Open(SweepPlan plan, SweepJobOptions options)
    {
        string parent = OutputPath.Under(options.Root, plan.Label, plan.Base.Preset?.Path ?? $"strategy {plan.Base.Strategy.Name}");
        StalePartials.Remove(parent);
        string path = SweepWorkFolder.PathFor(parent, plan.Id, options.Shard);
        (long first, long end) = options.Shard.Range(plan.Grid.Count);
        int width = 1 + MetricColumns.All.Count;
        SweepRecord record = plan.Record(options.CreatedUtc, options.Shard, options.KeepCurves);
        if (Directory.Exists(path))
        {
            if (!options.Resume)
            {
                throw SweepErrors.PartialExists(path);
            }

            return new SweepJob(plan, options, SweepWorkFolder.Open(path, record, first, end, width));
        }

        return new SweepJob(plan, options, SweepWorkFolder.Create(path, record, first, end, width));
    }

    /// <summary>
    /// Runs every combination not yet finished on <see cref="SweepJobOptions.Threads"/> threads, calling
    /// <paramref name="report"/> on this thread about every <paramref name="interval"/> and once at the end. On
    /// <paramref name="cancellationToken"/>, the chunks under way are finished and saved, and false is returned.
    /// </summary>
    public bool Run(CancellationToken cancellationToken, Action<SweepProgress>? report = null, TimeSpan? interval = null)
    {
        var clock = Stopwatch.StartNew();
        int[] pending = Enumerable.Range(0, _work.ChunkCount).Where(c => !_work.IsDone(c)).ToArray();
        int next = -1;
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        SweepContexts contexts = _plan.NewContexts();
        void Work()
        {
            try
            {
                var worker = new SweepWorker(_plan.Binder, contexts);
                int width = _work.Width;
                var rows = new double[SweepWorkFolder.ChunkSize * width];
                int[] digits = new int[_plan.Grid.Axes.Count];
                var errors = new List<(long, string)>();
                int k;
                while (!stop.IsCancellationRequested && (k = Interlocked.Increment(ref next)) < pending.Length)
                {
                    RunChunk(pending[k], worker, rows, digits, errors);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                stop.Cancel();
            }
        }

        var threads = new Thread[Math.Max(1, _options.Threads)];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(Work) { IsBackground = true, Name = $"sweep-{t}" };
            threads[t].Start();
        }

        TimeSpan wait = interval ?? TimeSpan.FromSeconds(1);
        foreach (Thread thread in threads)
        {
            while (!thread.Join(wait))
            {
                report?.Invoke(Progress(clock.Elapsed));
            }
        }

        report?.Invoke(Progress(clock.Elapsed));
        if (failure is not null && WriteFailure.TryGetReason(failure, out string why))
        {
            // A chunk whose rows could not be saved is not marked done: --resume runs it again.
            throw SweepErrors.CannotSave(_work.Folder, why);
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return _doneBefore + Interlocked.Read(ref _doneHere) == Total;
    }

    /// <summary>
    /// Writes the results folder of a finished slice and returns its path: <c>sweep.csv</c> (offering every row to
    /// <paramref name="ranking"/>), <c>curves.csv</c>, then whatever <paramref name="extraFiles"/> adds (figures) inside
    /// the work folder, beside the <c>sweep.json</c> it holds since the start; then the work files go and the folder is
    /// renamed into place. A failure of the disk removes what this wrote and keeps the work files, so that
    /// <c>--resume</c> writes the results once there is room; it is an <see cref="InputException"/>.
    /// </summary>
    public string Finish(SweepRanking? ranking, Action<string>? extraFiles = null)
    {
        string folder = _work.Folder;
        string parent = Path.GetDirectoryName(folder)!;

        // What this writes into the work folder; "figures" is the folder the report's figures go in.
        string[] outputs = [Path.Combine(folder, "sweep.csv"), Path.Combine(folder, "curves.csv"), Path.Combine(folder, "figures")];
        try
        {
            SweepCsv.Write(outputs[0], _work, _plan.Grid, _plan.Columns, ranking);
            if (_options.KeepCurves)
            {
                _work.JoinCurves(outputs[1]);
            }

            extraFiles?.Invoke(folder);
        }
        catch (Exception e) when (WriteFailure.TryGetReason(e, out string why))
        {
            foreach (string output in outputs)
            {
                AtomicFolder.Discard(output);
            }

            throw SweepErrors.CannotFinish(parent, why, folder);
        }

        try
        {
            _work.RemoveWorkFiles();
            DateTimeOffset created = DateTimeOffset.Parse(_work.Record.CreatedUtc, System.Globalization.CultureInfo.InvariantCulture);
            string name = $"sweep-{created.UtcDateTime:yyyyMMdd-HHmmss}-{_plan.Id}{SweepWorkFolder.ShardSuffix(_options.Shard)}";
            string target = AtomicFolder.Unused(Path.Combine(parent, name));
            Directory.Move(folder, target);
            return target;
        }
        catch (Exception e) when (WriteFailure.TryGetReason(e, out string why))
        {
            // Removing and renaming need no room; should either fail, the results are whole in the work folder.
            throw SweepErrors.CannotMove(folder, why);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _work.Dispose();

    private void RunChunk(int chunk, SweepWorker worker, double[] rows, int[] digits, List<(long, string)> errors)
    {
        (long first, long end) = _work.ChunkRange(chunk);
        int width = _work.Width;
        int count = (int)(end - first);
        errors.Clear();
        _plan.Grid.Decode(first, digits);
        CsvWriter? curves = _options.KeepCurves ? ResultCsv.Create(_work.CurvesPath(chunk)) : null;
        try
        {
            for (int r = 0; r < count; r++)
            {
                long index = first + r;
                int offset = r * width;
                Action<BacktestResult>? keep = curves is null ? null : result => WriteCurve(curves, index, result);
                string? error = worker.Run(digits, rows, offset + 1, keep);
                if (error is null)
                {
                    rows[offset] = SweepWorkFolder.Ran;
                }
                else
                {
                    rows[offset] = SweepWorkFolder.Failed;
                    Array.Fill(rows, MetricColumns.Missing, offset + 1, width - 1);
                    errors.Add((index, error));
                }

                _plan.Grid.Next(digits);
            }
        }
        finally
        {
            curves?.Dispose();
        }

        _work.Save(chunk, rows.AsSpan(0, count * width), errors);
        Interlocked.Add(ref _doneHere, count);
    }

    private static void WriteCurve(CsvWriter csv, long index, BacktestResult result)
    {
        for (int t = 0; t < result.DayCount; t++)
        {
            csv.WriteField(index);
            csv.WriteField(result.Date(t));
            csv.WriteField(result.Equity[t]);
            csv.EndRecord();
        }
    }
}
