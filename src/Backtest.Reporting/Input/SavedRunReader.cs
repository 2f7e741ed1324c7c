using System.Globalization;
using System.Text.Json;
using Backtest.Core;
using Backtest.Core.Metrics;
using Backtest.Core.Results;
using CsvHelper;

namespace Backtest.Reporting.Input;

/// <summary>Reads a results folder back, so a report is drawn from exactly what the run saved.</summary>
public static class SavedRunReader
{
    /// <summary>The files a results folder must hold.</summary>
    public static readonly IReadOnlyList<string> RequiredFiles = ["equity.csv", "trades.csv", "metrics.json", "run.json"];

    /// <summary>Reads <paramref name="folder"/>; a missing or unreadable file is an <see cref="InputException"/> naming it.</summary>
    public static SavedRun Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException($"results folder '{folder}' does not exist.");
        }

        foreach (string file in RequiredFiles)
        {
            if (!File.Exists(Path.Combine(folder, file)))
            {
                throw new InputException($"'{folder}' is not a results folder: it has no {file} (a run writes {string.Join(", ", RequiredFiles)}).");
            }
        }

        RunRecord record = ReadJson<RunRecord>(Path.Combine(folder, "run.json"));
        RunMetrics metrics = ReadJson<RunMetrics>(Path.Combine(folder, "metrics.json"));
        (DateOnly[] dates, double[][] columns, bool hasBenchmark) = ReadEquity(Path.Combine(folder, "equity.csv"));
        return new SavedRun(
            folder,
            record,
            metrics,
            dates,
            columns[0],
            columns[1],
            columns[2],
            hasBenchmark ? columns[3] : null,
            ReadTrades(Path.Combine(folder, "trades.csv")));
    }

    private static T ReadJson<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), ResultFolder.Json)
                ?? throw new InputException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: not a {typeof(T).Name} as this version writes it ({e.Message}).");
        }
    }

    private static CsvReader Open(string path) => CsvReader.FromFile(path, new CsvReaderOptions
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    });

    private static (DateOnly[] Dates, double[][] Columns, bool HasBenchmark) ReadEquity(string path)
    {
        using CsvReader csv = Open(path);
        csv.ReadHeader();
        int[] at = Columns(csv, path, "date", "equity", "long_value", "short_value", "benchmark_equity");
        var dates = new List<DateOnly>();
        var columns = new List<double>[4] { new(), new(), new(), new() };
        bool hasBenchmark = true;
        while (csv.Read())
        {
            dates.Add(Date(csv, at[0], path));
            for (int k = 0; k < 3; k++)
            {
                columns[k].Add(Number(csv, at[k + 1], path));
            }

            string benchmark = csv.GetString(at[4]);
            hasBenchmark &= benchmark.Length > 0;
            columns[3].Add(benchmark.Length > 0 ? Number(csv, at[4], path) : double.NaN);
        }

        if (dates.Count == 0)
        {
            throw new InputException($"{path}: no rows.");
        }

        return ([.. dates], [.. columns.Select(c => c.ToArray())], hasBenchmark);
    }

    private static SavedTrade[] ReadTrades(string path)
    {
        using CsvReader csv = Open(path);
        csv.ReadHeader();
        int[] at = Columns(csv, path, "date", "ticker", "quantity", "price", "commission", "slippage", "reason");
        var trades = new List<SavedTrade>();
        while (csv.Read())
        {
            trades.Add(new SavedTrade(
                Date(csv, at[0], path),
                csv.GetString(at[1]),
                Number(csv, at[2], path),
                Number(csv, at[3], path),
                Number(csv, at[4], path),
                Number(csv, at[5], path),
                csv.GetString(at[6])));
        }

        return [.. trades];
    }

    private static int[] Columns(CsvReader csv, string path, params string[] names)
    {
        var at = new int[names.Length];
        for (int k = 0; k < names.Length; k++)
        {
            if (!csv.TryGetFieldIndex(names[k], out at[k]))
            {
                throw new InputException($"{path}, line 1: no column '{names[k]}'.");
            }
        }

        return at;
    }

    private static DateOnly Date(CsvReader csv, int column, string path) =>
        DateOnly.TryParseExact(csv.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new InputException($"{path}, line {csv.LineNumber}: '{csv.GetString(column)}' is not a date yyyy-MM-dd.");

    private static double Number(CsvReader csv, int column, string path) =>
        double.TryParse(csv.GetString(column), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new InputException($"{path}, line {csv.LineNumber}: '{csv.GetString(column)}' is not a number.");
}
