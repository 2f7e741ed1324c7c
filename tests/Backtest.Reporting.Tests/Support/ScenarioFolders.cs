using System.Globalization;
using System.Text;
using System.Text.Json;
using Backtest.Core.Results;
using Backtest.Core.Scenarios;

namespace Backtest.Reporting.Tests.Support;

/// <summary>
/// Small bootstrap results folders written as the engine writes them (<c>scenario.json</c>, <c>paths.csv</c>, <c>fan.csv</c>),
/// from seeded random walks: a wide stock short that can be ruined and a narrow put book, so tests need no engine run.
/// </summary>
internal static class ScenarioFolders
{
    public const int Paths = 300;
    public const int Horizon = 40;
    public const int Samples = 5;

    /// <summary>The targets: a label and its daily volatility.</summary>
    public static readonly (string Label, double Volatility)[] Targets = [("stock-short", 0.045), ("put-book", 0.002)];

    public static readonly DateOnly Start = new(2026, 5, 29);

    /// <summary>Writes a folder of the first <paramref name="targets"/> targets into <paramref name="folder"/>; returns its record.</summary>
    public static BootstrapRecord Write(string folder, int targets)
    {
        Directory.CreateDirectory(folder);
        DateOnly[] dates = TradingDays();
        var equity = new double[targets][][];
        var outcomes = new PathOutcome[targets][];
        for (int k = 0; k < targets; k++)
        {
            var random = new Random(7 + k);
            equity[k] = new double[Paths][];
            outcomes[k] = new PathOutcome[Paths];
            for (int p = 0; p < Paths; p++)
            {
                equity[k][p] = Walk(random, 1_000_000, Targets[k].Volatility, out int calls, out bool ruined);
                outcomes[k][p] = PathOutcome.Of(equity[k][p], 0, calls, ruined);
            }
        }

        var record = new BootstrapRecord(
            "backtest", "0.1.0", "0badc0de", "2026-11-30T01:14:58Z", "backtest scenario stock-short --versus put-book --bootstrap 300 --horizon 40 --seed 7",
            "bootstrap", Text(Start), Text(dates[^1]), Paths, Horizon, 7, 3.08, "politis-white", new Dictionary<string, double> { ["NVDA"] = 2.4, ["PLTR"] = 3.08 },
            "2020-10-01", "2026-05-29", 1421, "history",
            [.. Enumerable.Range(0, targets).Select(k => new ScenarioTargetRecord(
                Targets[k].Label, Targets[k].Label, $"strategies/{Targets[k].Label}.preset", 1_000_000,
                new Dictionary<string, string> { ["capital"] = "1000000" }, [], ScenarioStatistics.Of(outcomes[k])))],
            []);
        File.WriteAllText(Path.Combine(folder, "scenario.json"), JsonSerializer.Serialize(record, ResultFolder.Json));
        File.WriteAllText(Path.Combine(folder, "paths.csv"), PathsCsv(outcomes));
        File.WriteAllText(Path.Combine(folder, "fan.csv"), FanCsv(equity, dates));
        return record;
    }

    /// <summary>Replaces line <paramref name="line"/> (1 = the header) of <paramref name="file"/> in <paramref name="folder"/>.</summary>
    public static void ReplaceLine(string folder, string file, int line, Func<string, string> change)
    {
        string path = Path.Combine(folder, file);
        string[] lines = File.ReadAllLines(path);
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllLines(path, lines);
    }

    // The start, then the next weekdays.
    private static DateOnly[] TradingDays()
    {
        var days = new List<DateOnly> { Start };
        while (days.Count <= Horizon)
        {
            DateOnly next = days[^1].AddDays(1);
            days.Add(next.DayOfWeek switch { DayOfWeek.Saturday => next.AddDays(2), DayOfWeek.Sunday => next.AddDays(1), _ => next });
        }

        return [.. days];
    }

    // Daily moves of a given volatility with a small drift, from the start's equity; a path that falls to zero stays there.
    private static double[] Walk(Random random, double start, double volatility, out int calls, out bool ruined)
    {
        var equity = new double[Horizon + 1];
        equity[0] = start;
        calls = 0;
        ruined = false;
        for (int d = 1; d <= Horizon; d++)
        {
            double normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            equity[d] = ruined ? 0 : Math.Max(0, equity[d - 1] * (1 - 0.002 + (volatility * normal)));
            calls += equity[d] < 0.6 * start && equity[d - 1] >= 0.6 * start ? 1 : 0;
            ruined |= equity[d] <= 0;
        }

        return equity;
    }

    private static string PathsCsv(PathOutcome[][] outcomes)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', ScenarioFolder.PathColumns([.. Targets.Take(outcomes.Length).Select(t => t.Label)])));
        for (int p = 0; p < Paths; p++)
        {
            csv.Append(p.ToString(CultureInfo.InvariantCulture));
            foreach (PathOutcome[] target in outcomes)
            {
                PathOutcome o = target[p];
                csv.Append(',').Append(Number(o.FinalReturn)).Append(',').Append(Number(o.MaxDrawdown)).Append(',').Append(o.MarginCalls).Append(',').Append(o.Ruined ? 1 : 0);
            }

            csv.AppendLine();
        }

        return csv.ToString();
    }

    private static string FanCsv(double[][][] equity, DateOnly[] dates)
    {
        var csv = new StringBuilder();
        csv.AppendLine("target,date,p05,p25,p50,p75,p95," + string.Join(',', Enumerable.Range(0, Samples).Select(s => $"path{s}")));
        for (int k = 0; k < equity.Length; k++)
        {
            for (int d = 0; d <= Horizon; d++)
            {
                double[] day = [.. equity[k].Select(path => path[d]).Order()];
                csv.Append(Targets[k].Label).Append(',').Append(Text(dates[d]));
                foreach (int q in ScenarioFolder.BandPercents)
                {
                    csv.Append(',').Append(Number(day[Math.Clamp((int)Math.Ceiling(q / 100.0 * Paths) - 1, 0, Paths - 1)]));
                }

                for (int s = 0; s < Samples; s++)
                {
                    csv.Append(',').Append(Number(equity[k][s][d]));
                }

                csv.AppendLine();
            }
        }

        return csv.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
