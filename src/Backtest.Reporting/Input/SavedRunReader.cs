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
        if (PartialName.Parse(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))) is not null)
        {
            throw OutputErrors.Unfinished(folder);
        }

        return Read(folder);
    }

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

    private static T ReadJson<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(InputFile.ReadAllText(path), ResultFolder.Json)
                ?? throw new InputException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: not a {typeof(T).Name} as this version writes it ({e.Message}).");
        }
    }

    // Before options, metrics.json had no averageDeltaNet: the net exposure of the shares was the delta-adjusted one.
    private static RunMetrics ReadMetrics(string path)
    {
        RunMetrics metrics = ReadJson<RunMetrics>(path);
        using JsonDocument json = JsonDocument.Parse(InputFile.ReadAllText(path));
        bool hasDelta = json.RootElement.TryGetProperty("exposure", out JsonElement exposure) && exposure.TryGetProperty("averageDeltaNet", out _);
        return hasDelta ? metrics : metrics with { Exposure = metrics.Exposure with { AverageDeltaNet = metrics.Exposure.AverageNet } };
    }

    // The library opens the file itself: whatever is no readable file (a named pipe planted in a results folder, say) is
    // refused first, without blocking.
    private static CsvReader Open(string path)
    {
        InputFile.CheckReadable(path);
        return CsvReader.FromFile(path, Options);
    }

    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static (DateOnly[] Dates, double[] Value, double[] LongValue, double[] ShortValue, double[] OptionValue, double[] DeltaExposure, double[]? Benchmark) ReadEquity(string path)
    {
        using CsvReader csv = Open(path);
        csv.ReadHeader();
        int[] at = Columns(csv, path, "date", "equity", "long_value", "short_value", "benchmark_equity");
        int optionAt = Optional(csv, "option_value"), deltaAt = Optional(csv, "delta_exposure");
        var dates = new List<DateOnly>();
        var columns = new List<double>[6] { new(), new(), new(), new(), new(), new() };
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
            columns[4].Add(optionAt < 0 ? 0 : Number(csv, optionAt, path));

            // Saved before options: the shares' net exposure is the delta-adjusted one (delta 1, no options).
            columns[5].Add(deltaAt < 0 ? (columns[1][^1] + columns[2][^1]) / columns[0][^1] : Number(csv, deltaAt, path));
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
        using CsvReader csv = Open(path);
        csv.ReadHeader();
        int[] at = Columns(csv, path, "date", "ticker", "quantity", "price", "commission", "slippage", "reason");

        // contract and multiplier came with options, value a little before: a share fill has none and a multiplier of 1.
        int contractAt = Optional(csv, "contract"), multiplierAt = Optional(csv, "multiplier"), valueAt = Optional(csv, "value");
        var trades = new List<SavedTrade>();
        while (csv.Read())
        {
            double quantity = Number(csv, at[2], path), price = Number(csv, at[3], path);
            double multiplier = multiplierAt < 0 ? 1 : Number(csv, multiplierAt, path);
            trades.Add(new SavedTrade(
                Date(csv, at[0], path),
                csv.GetString(at[1]),
                contractAt < 0 ? string.Empty : csv.GetString(contractAt),
                quantity,
                price,
                multiplier,
                valueAt < 0 ? quantity * multiplier * price : Number(csv, valueAt, path),
                Number(csv, at[4], path),
                Number(csv, at[5], path),
                csv.GetString(at[6])));
        }

        return [.. trades];
    }

    private static SavedOptionMark[] ReadOptions(string path)
    {
        using CsvReader csv = Open(path);
        csv.ReadHeader();
        int[] at = Columns(csv, path, "date", "contract", "underlying", "contracts", "spot", "vol", "mark", "value", "delta");
        int sourceAt = Optional(csv, "volSource");
        var marks = new List<SavedOptionMark>();
        while (csv.Read())
        {
            marks.Add(new SavedOptionMark(
                Date(csv, at[0], path),
                csv.GetString(at[1]),
                csv.GetString(at[2]),
                Number(csv, at[3], path),
                Number(csv, at[4], path),
                Number(csv, at[5], path),
                Number(csv, at[6], path),
                Number(csv, at[7], path),
                Number(csv, at[8], path),
                sourceAt < 0 ? string.Empty : csv.GetString(sourceAt)));
        }

        return [.. marks];
    }

    // A column later versions added: its index, or -1 in a folder saved before it.
    private static int Optional(CsvReader csv, string name) => csv.TryGetFieldIndex(name, out int at) ? at : -1;

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
