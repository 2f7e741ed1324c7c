using System.Globalization;
using System.Text.Json;
using Backtest.Core;
using Backtest.Core.Data;
using Backtest.Core.Metrics;
using Backtest.Core.Results;
using CsvHelper;

namespace Backtest.Reporting.Input;

/// <summary>Reads a results folder back, so a report is drawn from exactly what the run saved.</summary>
public static class SavedRunReader
{
    /// <summary>The files a results folder must hold.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles = ["equity.csv", "trades.csv", "metrics.json", "run.json"];

    /// <summary>The option positions by day, written only by a run that held options.</summary>
    public const string OptionsFile = "options.csv";

    /// <summary>
    /// Reads a results folder the user named, as <see cref="Read"/>; a partial folder (hidden, of a run stopped or still
    /// running, <see cref="PartialName"/>) is not a result and is an <see cref="InputException"/>.
    /// </summary>
    public static SavedRun ReadFinished(string folder)
    {
        SavedFile.RequireFinished(folder);
        return Read(folder);
    }

    /// <summary>Reads <paramref name="folder"/>; a missing or unreadable file is an <see cref="InputException"/> naming it.</summary>
    public static SavedRun Read(string folder)
    {
        SavedFile.RequireFolder(folder, "results folder", "a run", RequiredFiles);

        RunRecord record = SavedFile.ReadJson<RunRecord>(Path.Combine(folder, "run.json"));

        // A folder saved before options has no options object in run.json: read it as no option settings.
        record = record with { Options = record.Options ?? new Dictionary<string, string>() };
        RunMetrics metrics = ReadMetrics(Path.Combine(folder, "metrics.json"));
        var equity = ReadEquity(Path.Combine(folder, "equity.csv"));
        string options = Path.Combine(folder, OptionsFile);
        return new SavedRun(
            folder,
            record,
            metrics,
            equity.Dates,
            equity.Value,
            equity.LongValue,
            equity.ShortValue,
            equity.OptionValue,
            equity.DeltaExposure,
            equity.Benchmark,
            ReadTrades(Path.Combine(folder, "trades.csv")),
            File.Exists(options) ? ReadOptions(options) : []);
    }

    // Before options, metrics.json had no averageDeltaNet: the net exposure of the shares was the delta-adjusted one.
    private static RunMetrics ReadMetrics(string path)
    {
        RunMetrics metrics = SavedFile.ReadJson<RunMetrics>(path);
        using JsonDocument json = JsonDocument.Parse(InputFile.ReadAllText(path));
        bool hasDelta = json.RootElement.TryGetProperty("exposure", out JsonElement exposure) && exposure.TryGetProperty("averageDeltaNet", out _);
        return hasDelta ? metrics : metrics with { Exposure = metrics.Exposure with { AverageDeltaNet = metrics.Exposure.AverageNet } };
    }

    private static (DateOnly[] Dates, double[] Value, double[] LongValue, double[] ShortValue, double[] OptionValue, double[] DeltaExposure, double[]? Benchmark) ReadEquity(string path)
    {
        using CsvReader csv = SavedFile.Open(path);
        csv.ReadHeader();
        int[] at = SavedFile.Columns(csv, path, "date", "equity", "long_value", "short_value", "benchmark_equity");
        int optionAt = SavedFile.Optional(csv, "option_value"), deltaAt = SavedFile.Optional(csv, "delta_exposure");
        var dates = new List<DateOnly>();
        var columns = new List<double>[6] { new(), new(), new(), new(), new(), new() };
        bool hasBenchmark = true;
        while (csv.Read())
        {
            dates.Add(SavedFile.Date(csv, at[0], path));
            for (int k = 0; k < 3; k++)
            {
                columns[k].Add(SavedFile.Number(csv, at[k + 1], path));
            }

            string benchmark = csv.GetString(at[4]);
            hasBenchmark &= benchmark.Length > 0;
            columns[3].Add(benchmark.Length > 0 ? SavedFile.Number(csv, at[4], path) : double.NaN);
            columns[4].Add(optionAt < 0 ? 0 : SavedFile.Number(csv, optionAt, path));

            // Saved before options: the shares' net exposure is the delta-adjusted one (delta 1, no options).
            columns[5].Add(deltaAt < 0 ? (columns[1][^1] + columns[2][^1]) / columns[0][^1] : SavedFile.Number(csv, deltaAt, path));
        }

        if (dates.Count == 0)
        {
            throw new InputException($"{path}: no rows.");
        }

        double[][] c = [.. columns.Select(values => values.ToArray())];
        return ([.. dates], c[0], c[1], c[2], c[4], c[5], hasBenchmark ? c[3] : null);
    }

    private static SavedTrade[] ReadTrades(string path)
    {
        using CsvReader csv = SavedFile.Open(path);
        csv.ReadHeader();
        int[] at = SavedFile.Columns(csv, path, "date", "ticker", "quantity", "price", "commission", "slippage", "reason");

        // contract and multiplier came with options, value a little before: a share fill has none and a multiplier of 1.
        int contractAt = SavedFile.Optional(csv, "contract"), multiplierAt = SavedFile.Optional(csv, "multiplier"), valueAt = SavedFile.Optional(csv, "value");
        var trades = new List<SavedTrade>();
        while (csv.Read())
        {
            double quantity = SavedFile.Number(csv, at[2], path), price = SavedFile.Number(csv, at[3], path);
            double multiplier = multiplierAt < 0 ? 1 : SavedFile.Number(csv, multiplierAt, path);
            trades.Add(new SavedTrade(
                SavedFile.Date(csv, at[0], path),
                csv.GetString(at[1]),
                contractAt < 0 ? string.Empty : csv.GetString(contractAt),
                quantity,
                price,
                multiplier,
                valueAt < 0 ? quantity * multiplier * price : SavedFile.Number(csv, valueAt, path),
                SavedFile.Number(csv, at[4], path),
                SavedFile.Number(csv, at[5], path),
                csv.GetString(at[6])));
        }

        return [.. trades];
    }

    private static SavedOptionMark[] ReadOptions(string path)
    {
        using CsvReader csv = SavedFile.Open(path);
        csv.ReadHeader();
        int[] at = SavedFile.Columns(csv, path, "date", "contract", "underlying", "contracts", "spot", "vol", "mark", "value", "delta");
        int sourceAt = SavedFile.Optional(csv, "volSource");
        var marks = new List<SavedOptionMark>();
        while (csv.Read())
        {
            marks.Add(new SavedOptionMark(
                SavedFile.Date(csv, at[0], path),
                csv.GetString(at[1]),
                csv.GetString(at[2]),
                SavedFile.Number(csv, at[3], path),
                SavedFile.Number(csv, at[4], path),
                SavedFile.Number(csv, at[5], path),
                SavedFile.Number(csv, at[6], path),
                SavedFile.Number(csv, at[7], path),
                SavedFile.Number(csv, at[8], path),
                sourceAt < 0 ? string.Empty : csv.GetString(sourceAt)));
        }

        return [.. marks];
    }
}
