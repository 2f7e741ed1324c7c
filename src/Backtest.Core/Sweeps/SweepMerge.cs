using System.Globalization;
using System.Text.Json;
using Backtest.Core.Results;
using Backtest.Core.Data;

namespace Backtest.Core.Sweeps;

/// <summary>
/// Joins the results folders of a sweep's shards into the folder one process would have written: the same
/// <c>sweep.csv</c> byte for byte (the shards' rows, which are contiguous blocks, in shard order), <c>sweep.json</c> (the
/// shards' record without the slice, with the folders merged) and <c>curves.csv</c> when every shard kept curves.
/// </summary>
public static class SweepMerge
{
    /// <summary>
    /// Merges <paramref name="folders"/> under <c>&lt;root&gt;/&lt;label&gt;/sweep-&lt;time&gt;-&lt;id&gt;/</c> (the time
    /// of the earliest shard's start) and returns that folder and its number of rows. Folders of different sweeps, a
    /// shard missing or given twice, or a shard whose rows are not its whole slice are an <see cref="InputException"/>.
    /// </summary>
    public static (string Folder, long Rows) Merge(IReadOnlyList<string> folders, string root)
    {
        if (folders.Count == 0)
        {
            throw SweepErrors.NothingToMerge();
        }

        var shards = folders.Select(f => (Folder: f, Record: Read(f))).ToList();
        (string firstFolder, SweepRecord first) = shards[0];
        int count = first.Shard?.Count ?? 1;
        var byIndex = new SortedDictionary<int, (string Folder, SweepRecord Record)>();
        foreach ((string folder, SweepRecord record) in shards)
        {
            if (record.SweepId != first.SweepId || (record.Shard?.Count ?? 1) != count || !record.Columns.SequenceEqual(first.Columns) || record.Combinations != first.Combinations)
            {
                throw SweepErrors.DifferentSweeps(firstFolder, first.SweepId, folder, record.SweepId);
            }

            int index = record.Shard?.Index ?? 1;
            if (byIndex.TryGetValue(index, out var other))
            {
                throw SweepErrors.ShardTwice(index, count, other.Folder, folder);
            }

            byIndex[index] = (folder, record);
        }

        int[] missing = Enumerable.Range(1, count).Where(k => !byIndex.ContainsKey(k)).ToArray();
        if (missing.Length > 0)
        {
            throw SweepErrors.ShardsIncomplete(first.SweepId, count, missing);
        }

        string created = shards.Select(s => s.Record.CreatedUtc).Order(StringComparer.Ordinal).First();
        DateTimeOffset start = DateTimeOffset.Parse(created, CultureInfo.InvariantCulture);
        string name = $"sweep-{start.UtcDateTime:yyyyMMdd-HHmmss}-{first.SweepId}";
        bool curves = byIndex.Values.All(s => s.Record.KeepCurves);
        long rows = 0;
        // The label comes from a file: checked before it becomes a folder name, so a doctored sweep.json cannot leave the root.
        string parent = OutputPath.Under(root, first.Label, Path.Combine(firstFolder, "sweep.json"));
        string target = AtomicFolder.Create(parent, name, temporary =>
        {
            rows = JoinTables(byIndex.Values.ToList(), Path.Combine(temporary, "sweep.csv"), first.Combinations);
            if (curves)
            {
                JoinCurves(byIndex.Values.Select(s => s.Folder).ToList(), Path.Combine(temporary, "curves.csv"));
            }

            SweepRecord merged = first with
            {
                CreatedUtc = created,
                Shard = null,
                KeepCurves = curves,
                MergedFrom = byIndex.Values.Select(s => Path.GetFullPath(s.Folder)).ToArray(),
            };
            ResultFile.WriteText(Path.Combine(temporary, "sweep.json"), JsonSerializer.Serialize(merged, ResultFolder.Json));
        });
        return (target, rows);
    }

    private static SweepRecord Read(string folder)
    {
        string json = Path.Combine(folder, "sweep.json");
        if (!File.Exists(json) || !File.Exists(Path.Combine(folder, "sweep.csv")))
        {
            throw SweepErrors.NotASweep(folder);
        }

        try
        {
            return JsonSerializer.Deserialize<SweepRecord>(InputFile.ReadAllText(json), ResultFolder.Json) ?? throw SweepErrors.NotASweep(folder);
        }
        catch (JsonException)
        {
            throw SweepErrors.NotASweep(folder);
        }
    }

    // Rows are copied as written (same bytes), checked to be exactly each shard's slice in order.
    private static long JoinTables(List<(string Folder, SweepRecord Record)> shards, string path, long combinations)
    {
        using var output = new StreamWriter(ResultFile.Create(path), new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        string? header = null;
        long expected = 0;
        foreach ((string folder, SweepRecord record) in shards)
        {
            long end = record.Shard?.End ?? combinations;
            using var reader = new StreamReader(InputFile.OpenText(Path.Combine(folder, "sweep.csv")));
            string? first = reader.ReadLine();
            if (header is null)
            {
                header = first;
                output.Write(first + "\n");
            }
            else if (first != header)
            {
                throw SweepErrors.ShardRows(folder, "has another header");
            }

            while (reader.ReadLine() is { } line)
            {
                int comma = line.IndexOf(',', StringComparison.Ordinal);
                if (comma < 0 || !long.TryParse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out long index) || index != expected)
                {
                    throw SweepErrors.ShardRows(folder, $"does not hold combination {expected} where expected");
                }

                output.Write(line + "\n");
                expected++;
            }

            if (expected != end)
            {
                throw SweepErrors.ShardRows(folder, $"ends at combination {expected}, not {end}");
            }
        }

        return expected;
    }

    private static void JoinCurves(List<string> folders, string path)
    {
        using Stream output = ResultFile.Create(path);
        bool header = true;
        foreach (string folder in folders)
        {
            using var input = new StreamReader(InputFile.OpenText(Path.Combine(folder, "curves.csv")));
            string? first = input.ReadLine();
            if (header && first is not null)
            {
                output.Write(System.Text.Encoding.UTF8.GetBytes(first + "\n"));
                header = false;
            }

            while (input.ReadLine() is { } line)
            {
                output.Write(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
            }
        }
    }
}
