using Backtest.Core;
using Backtest.Core.Scenarios;
using Backtest.Reporting.Input;
using CsvHelper;

namespace Backtest.Reporting.Scenarios;

/// <summary>Reads a bootstrap's results folder back (<c>scenario.json</c>, <c>paths.csv</c>, <c>fan.csv</c>), so its report is drawn from exactly what was saved.</summary>
public static class SavedScenarioReader
{
    /// <summary>The record of what ran and what it found.</summary>
    public const string RecordFile = "scenario.json";

    /// <summary>One row per path.</summary>
    public const string PathsFile = "paths.csv";

    /// <summary>The equity bands and sample paths by target and day.</summary>
    public const string FanFile = "fan.csv";

    /// <summary>The files a bootstrap's folder must hold.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles = [RecordFile, PathsFile, FanFile];

    /// <summary>Reads <paramref name="folder"/>; a missing or malformed file is an <see cref="InputException"/> naming it (and the line, in a CSV).</summary>
    public static SavedScenario Read(string folder)
    {
        SavedFile.RequireFolder(folder, "bootstrap's results folder", "a bootstrap", RequiredFiles);

        string recordPath = Path.Combine(folder, RecordFile);
        BootstrapRecord record = SavedFile.ReadJson<BootstrapRecord>(recordPath);
        if (record.Kind != "bootstrap" || record.Targets is not { Count: > 0 })
        {
            throw new InputException($"{recordPath}: not a bootstrap with at least one target (kind '{record.Kind}').");
        }

        string[] labels = [.. record.Targets.Select(t => t.Label)];
        Outcomes[] outcomes = ReadPaths(Path.Combine(folder, PathsFile), labels, record.Paths);
        ScenarioFan[] fans = ReadFan(Path.Combine(folder, FanFile), labels);
        return new SavedScenario(
            folder,
            record,
            [.. record.Targets.Select((t, k) => new SavedScenarioTarget(t, outcomes[k].FinalReturns, outcomes[k].MaxDrawdowns, outcomes[k].MarginCalls, outcomes[k].Ruined, fans[k]))]);
    }

    private sealed record Outcomes(double[] FinalReturns, double[] MaxDrawdowns, int[] MarginCalls, bool[] Ruined);

    private static Outcomes[] ReadPaths(string path, string[] labels, int paths)
    {
        using CsvReader csv = SavedFile.Open(path);
        csv.ReadHeader();

        // path, then four measures per target in the order ScenarioFolder writes them.
        int[] at = SavedFile.Columns(csv, path, ScenarioFolder.PathColumns(labels));
        var columns = new List<double>[labels.Length * 4];
        for (int c = 0; c < columns.Length; c++)
        {
            columns[c] = new List<double>(paths);
        }

        while (csv.Read())
        {
            double number = SavedFile.Number(csv, at[0], path);
            if (number != columns[0].Count)
            {
                throw new InputException($"{path}, line {csv.LineNumber}: path '{csv.GetString(at[0])}' where path {columns[0].Count} was expected.");
            }

            for (int c = 0; c < columns.Length; c++)
            {
                columns[c].Add(SavedFile.Number(csv, at[c + 1], path));
            }
        }

        if (columns[0].Count != paths || paths == 0)
        {
            throw new InputException($"{path}: {columns[0].Count} paths, where scenario.json says {paths}.");
        }

        return [.. labels.Select((_, k) => new Outcomes(
            [.. columns[4 * k]],
            [.. columns[(4 * k) + 1]],
            [.. columns[(4 * k) + 2].Select(v => (int)v)],
            [.. columns[(4 * k) + 3].Select(v => v != 0)]))];
    }

    private static ScenarioFan[] ReadFan(string path, string[] labels)
    {
        using CsvReader csv = SavedFile.Open(path);
        csv.ReadHeader();
        string[] bands = [.. ScenarioFolder.BandPercents.Select(q => $"p{q:00}")];
        int[] at = SavedFile.Columns(csv, path, ["target", "date", .. bands]);

        // As many sample paths as the run kept: path0, path1, ... while the columns go on.
        var sampleAt = new List<int>();
        while (csv.TryGetFieldIndex($"path{sampleAt.Count}", out int column))
        {
            sampleAt.Add(column);
        }

        var dates = labels.Select(_ => new List<DateOnly>()).ToArray();
        var values = labels.Select(_ => Enumerable.Range(0, bands.Length + sampleAt.Count).Select(_ => new List<double>()).ToArray()).ToArray();
        while (csv.Read())
        {
            string label = csv.GetString(at[0]);
            int k = Array.IndexOf(labels, label);
            if (k < 0)
            {
                throw new InputException($"{path}, line {csv.LineNumber}: target '{label}' is not one of scenario.json's ({string.Join(", ", labels)}).");
            }

            dates[k].Add(SavedFile.Date(csv, at[1], path));
            int[] columns = [.. at.Skip(2), .. sampleAt];
            for (int c = 0; c < columns.Length; c++)
            {
                values[k][c].Add(SavedFile.Number(csv, columns[c], path));
            }
        }

        for (int k = 0; k < labels.Length; k++)
        {
            if (dates[k].Count == 0)
            {
                throw new InputException($"{path}: no rows for target '{labels[k]}'.");
            }
        }

        return [.. labels.Select((_, k) => new ScenarioFan(
            [.. dates[k]],
            [.. values[k].Take(bands.Length).Select(v => v.ToArray())],
            [.. values[k].Skip(bands.Length).Select(v => v.ToArray())]))];
    }
}
