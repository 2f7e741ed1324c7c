using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Backtest.Core.Results;
using Backtest.Core.Runs;
using CsvHelper;

namespace Backtest.Core.Scenarios;

/// <summary>
/// Writes a bootstrap's results folder, complete or not at all: <c>scenario.json</c> (what ran, what it found),
/// <c>paths.csv</c> (one row per path) and <c>fan.csv</c> (the equity bands and sample paths per day).
/// </summary>
public static class ScenarioFolder
{
    /// <summary>The quantiles of equity <c>fan.csv</c> holds per day, as percentages.</summary>
    public static readonly int[] BandPercents = [5, 25, 50, 75, 95];

    /// <summary>
    /// Writes the results of <paramref name="scenario"/> to <c>&lt;root&gt;/&lt;label&gt;-bootstrap/&lt;time&gt;-&lt;id&gt;/</c>
    /// and returns that folder; <paramref name="extraFiles"/> may add files (the report) before it appears.
    /// </summary>
    public static string Write(BootstrapScenario scenario, IReadOnlyList<BootstrapResult> results, string root, DateTimeOffset createdUtc, string commandLine, Action<string>? extraFiles = null)
    {
        BootstrapRecord record = Record(scenario, results, createdUtc, commandLine);
        RunPlan first = scenario.Targets[0].Plan;
        string parent = OutputPath.Under(root, $"{first.Label}-bootstrap", first.Preset?.Path ?? $"strategy {first.Strategy.Name}");
        return AtomicFolder.Create(parent, $"{createdUtc.UtcDateTime:yyyyMMdd-HHmmss}-{record.Id}", folder =>
        {
            ResultFile.WriteText(Path.Combine(folder, "scenario.json"), JsonSerializer.Serialize(record, ResultFolder.Json));
            WritePaths(Path.Combine(folder, "paths.csv"), results);
            WriteFan(Path.Combine(folder, "fan.csv"), scenario, results);
            extraFiles?.Invoke(folder);
        });
    }

    /// <summary>The record of <paramref name="scenario"/> and its <paramref name="results"/>.</summary>
    public static BootstrapRecord Record(BootstrapScenario scenario, IReadOnlyList<BootstrapResult> results, DateTimeOffset createdUtc, string commandLine)
    {
        var targets = new List<ScenarioTargetRecord>();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (BootstrapResult result in results)
        {
            RunPlan plan = result.Target.Plan;
            var parameters = new SortedDictionary<string, string>(RunRecord.ParameterValues(plan).ToDictionary(), StringComparer.Ordinal);
            targets.Add(new ScenarioTargetRecord(
                plan.Label,
                plan.Strategy.Name,
                plan.Preset?.Path,
                result.StartEquity,
                parameters,
                [.. plan.Assignments.Select(a => new AssignmentRecord(a.Key, a.Value, a.Origin))],
                result.Statistics));
            foreach (Data.DataFile file in plan.Files)
            {
                files[file.Path] = file.Sha256;
            }
        }

        BootstrapSettings settings = scenario.Settings;
        var blocks = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (scenario.BlockRule is { } rule)
        {
            for (int i = 0; i < scenario.Moves.Tickers.Count; i++)
            {
                blocks[scenario.Moves.Tickers[i]] = rule.PerTicker[i];
            }
        }

        string id = Identity(scenario, targets, files);
        return new BootstrapRecord(
            "backtest",
            RunRecord.ToolVersion,
            id,
            createdUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            commandLine,
            "bootstrap",
            ResultText.Date(scenario.Start),
            ResultText.Date(scenario.Dates[^1]),
            settings.Paths,
            settings.Horizon,
            settings.Seed,
            scenario.MeanBlock,
            scenario.BlockRule is null ? "given" : "politis-white",
            blocks,
            ResultText.Date(scenario.Moves.Dates[0]),
            ResultText.Date(scenario.Moves.Dates[^1]),
            scenario.Moves.DayCount,
            settings.KeepDrift ? "history" : "none",
            targets,
            [.. files.Select(f => new DataFileRecord(f.Key, f.Value))]);
    }

    /// <summary>The column names of <c>paths.csv</c> for <paramref name="labels"/>: unprefixed for one target, prefixed by each label for several.</summary>
    public static string[] PathColumns(IReadOnlyList<string> labels)
    {
        string[] measures = ["final_return", "max_drawdown", "margin_calls", "ruined"];
        return ["path", .. labels.SelectMany(label => measures.Select(m => labels.Count == 1 ? m : $"{label}_{m}"))];
    }

    private static void WritePaths(string path, IReadOnlyList<BootstrapResult> results)
    {
        using CsvWriter csv = ResultCsv.Create(path);
        ResultCsv.WriteHeader(csv, PathColumns([.. results.Select(r => r.Target.Label)]));
        int paths = results[0].Outcomes.Length;
        for (int p = 0; p < paths; p++)
        {
            csv.WriteField(p);
            foreach (BootstrapResult result in results)
            {
                PathOutcome o = result.Outcomes[p];
                csv.WriteField(o.FinalReturn);
                csv.WriteField(o.MaxDrawdown);
                csv.WriteField(o.MarginCalls);
                csv.WriteField(o.Ruined ? 1 : 0);
            }

            csv.EndRecord();
        }
    }

    private static void WriteFan(string path, BootstrapScenario scenario, IReadOnlyList<BootstrapResult> results)
    {
        using CsvWriter csv = ResultCsv.Create(path);
        int samples = results[0].Samples.Length;
        ResultCsv.WriteHeader(csv, ["target", "date", .. BandPercents.Select(q => $"p{q:00}"), .. Enumerable.Range(0, samples).Select(s => $"path{s}")]);
        foreach (BootstrapResult result in results)
        {
            double start = result.StartEquity;
            for (int d = 0; d <= scenario.Settings.Horizon; d++)
            {
                csv.WriteField(result.Target.Label);
                csv.WriteField(ResultText.Date(d == 0 ? scenario.Start : scenario.Dates[d - 1]));
                foreach (int q in BandPercents)
                {
                    csv.WriteField(start * result.Bands.Quantile(d, q / 100.0));
                }

                foreach (double[] sample in result.Samples)
                {
                    csv.WriteField(start * sample[d]);
                }

                csv.EndRecord();
            }
        }
    }

    private static string Identity(BootstrapScenario scenario, IReadOnlyList<ScenarioTargetRecord> targets, IReadOnlyDictionary<string, string> files)
    {
        var text = new StringBuilder();
        BootstrapSettings s = scenario.Settings;
        text.Append($"bootstrap {s.Paths} {s.Horizon} {s.Seed} {s.KeepDrift} {scenario.MeanBlock:R} {scenario.Start:yyyy-MM-dd} {scenario.Moves.Dates[0]:yyyy-MM-dd} {scenario.Moves.Dates[^1]:yyyy-MM-dd}\n");
        foreach (ScenarioTargetRecord target in targets)
        {
            text.Append(target.Strategy).Append('\n');
            foreach ((string name, string value) in target.Parameters)
            {
                text.Append(name).Append('=').Append(value).Append('\n');
            }
        }

        foreach (string hash in files.Values)
        {
            text.Append(hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..8];
    }
}
