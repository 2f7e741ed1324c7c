using Backtest.Reporting.Input;

namespace Backtest.Reporting.Comparison;

/// <summary>
/// Names runs by what sets them apart: runs of one strategy by the parameters whose values differ (shortAllocation=0.4,
/// ...); runs of different strategies by their preset or strategy name, then what differs between runs of the same strategy,
/// then any short engine or window setting that differs.
/// </summary>
public static class RunLabels
{
    /// <summary>Engine and window settings longer than this (as name=value) are left out of labels of different strategies.</summary>
    public const int ShortSetting = 24;

    /// <summary>One label per run, in order; the folder name where nothing differs.</summary>
    public static string[] Of(IReadOnlyList<SavedRun> runs)
    {
        var values = runs.Select(All).ToArray();

        // Annotations are notes on the figures: they change no number, so they do not tell runs apart.
        string[] keys = [.. values.SelectMany(v => v.Keys).Distinct().Order(StringComparer.Ordinal)
            .Where(k => k is not "strategy" && !k.StartsWith("annotation.", StringComparison.Ordinal))
            .Where(k => values.Select(v => v.GetValueOrDefault(k, string.Empty)).Distinct().Count() > 1)];
        bool strategiesDiffer = runs.Select(r => r.Record.Strategy).Distinct().Count() > 1;
        string[][] own = new string[runs.Count][];
        if (strategiesDiffer)
        {
            // Two strategies have different parameters: listing each one's as "-" for the other says nothing. What tells runs
            // of one strategy apart among themselves still does (burry-13f-2025 at two allocations beside the puts).
            HashSet<string> settings = [.. runs.SelectMany(r => r.Record.Engine.Keys.Concat(r.Record.Run.Keys)), "from", "to"];
            for (int k = 0; k < runs.Count; k++)
            {
                int[] kin = [.. Enumerable.Range(0, runs.Count).Where(j => runs[j].Record.Strategy == runs[k].Record.Strategy)];
                own[k] = [.. keys.Where(key => !settings.Contains(key) && kin.Select(j => values[j].GetValueOrDefault(key, string.Empty)).Distinct().Count() > 1)];
            }

            keys = [.. keys.Where(settings.Contains)];
        }

        bool namesDiffer = strategiesDiffer || runs.Select(r => r.Label).Distinct().Count() > 1;
        var labels = new string[runs.Count];
        for (int k = 0; k < runs.Count; k++)
        {
            var parts = new List<string>();
            if (namesDiffer)
            {
                parts.Add(runs[k].Label);
            }

            IEnumerable<string> differing = keys.Select(key => $"{key}={values[k].GetValueOrDefault(key, "-")}");
            if (strategiesDiffer)
            {
                parts.AddRange(own[k].Select(key => $"{key}={values[k].GetValueOrDefault(key, "-")}"));
                parts.AddRange(differing.Where(part => part.Length <= ShortSetting));
            }
            else
            {
                parts.AddRange(differing);
            }

            labels[k] = parts.Count > 0 ? string.Join(", ", parts) : FolderName(runs[k]);
        }

        // Labels that still coincide (the same preset run twice with long settings apart) take their folder's name too.
        string[] repeated = [.. labels.GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)];
        for (int k = 0; k < runs.Count; k++)
        {
            if (repeated.Contains(labels[k], StringComparer.Ordinal) && labels[k] != FolderName(runs[k]))
            {
                labels[k] = $"{labels[k]} ({FolderName(runs[k])})";
            }
        }

        return labels;
    }

    private static string FolderName(SavedRun run) => Path.GetFileName(Path.TrimEndingDirectorySeparator(run.Folder));

    private static Dictionary<string, string> All(SavedRun run)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal) { ["strategy"] = run.Record.Strategy };
        foreach (var group in new[] { run.Record.Parameters, run.Record.Engine, run.Record.Options, run.Record.Run })
        {
            foreach ((string key, string value) in group)
            {
                all[key] = value;
            }
        }

        all["from"] = run.Dates[0].ToString("yyyy-MM-dd");
        all["to"] = run.Dates[^1].ToString("yyyy-MM-dd");
        return all;
    }
}
