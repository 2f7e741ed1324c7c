using Backtest.Reporting.Input;

namespace Backtest.Reporting.Comparison;

/// <summary>Names runs by what sets them apart: the parameters whose values differ (shortAllocation=0.4, ...).</summary>
public static class RunLabels
{
    /// <summary>One label per run, in order; the folder name where nothing differs.</summary>
    public static string[] Of(IReadOnlyList<SavedRun> runs)
    {
        var values = runs.Select(All).ToArray();
        string[] keys = [.. values.SelectMany(v => v.Keys).Distinct().Order(StringComparer.Ordinal)
            .Where(k => values.Select(v => v.GetValueOrDefault(k, string.Empty)).Distinct().Count() > 1)];
        bool namesDiffer = runs.Select(r => r.Label).Distinct().Count() > 1;
        var labels = new string[runs.Count];
        for (int k = 0; k < runs.Count; k++)
        {
            var parts = new List<string>();
            if (namesDiffer)
            {
                parts.Add(runs[k].Label);
            }

            parts.AddRange(keys.Where(key => key is not "strategy").Select(key => $"{key}={values[k].GetValueOrDefault(key, "-")}"));
            labels[k] = parts.Count > 0 ? string.Join(", ", parts) : Path.GetFileName(Path.TrimEndingDirectorySeparator(runs[k].Folder));
        }

        return labels;
    }

    private static Dictionary<string, string> All(SavedRun run)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal) { ["strategy"] = run.Record.Strategy };
        foreach (var group in new[] { run.Record.Parameters, run.Record.Engine, run.Record.Run })
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
