using System.Globalization;
using Backtest.Core;
using CsvHelper;
using Backtest.Core.Data;

namespace Backtest.Reporting.Sweeps;

/// <summary>
/// Reads a sweep folder: <c>sweep.csv</c> (an <c>index</c> column, one column per varied parameter, then the metrics and
/// perhaps a <c>status</c>) and, when there, <c>sweep.json</c> for the grid's names in order and the label.
/// </summary>
internal static class SweepTableReader
{
    /// <summary>The table of combinations.</summary>
    public const string CsvFile = "sweep.csv";

    /// <summary>What the sweep was (grid, label), optional.</summary>
    public const string JsonFile = "sweep.json";

    // Columns after the parameters that are not metrics.json paths (those all have a dot).
    private static readonly HashSet<string> PlainMetrics = new(StringComparer.Ordinal) { "finalEquity", "ruined", "trades", "status" };

    /// <summary>
    /// Reads <paramref name="folder"/> for <paramref name="metricColumn"/>. A missing or malformed <c>sweep.csv</c> (or a
    /// <c>sweep.json</c> that is not JSON) is an <see cref="InputException"/> naming the file and line.
    /// </summary>
    public static SweepTable Read(string folder, string metricColumn)
    {
        string csvPath = Path.Combine(folder, CsvFile);
        if (!File.Exists(csvPath))
        {
            throw new InputException($"{csvPath} does not exist: a sweep folder holds {CsvFile}, written by 'backtest sweep'.");
        }

        SweepDescription description = SweepDescription.Read(Path.Combine(folder, JsonFile));
        try
        {
            return ReadCsv(csvPath, metricColumn, description, folder);
        }
        catch (CsvFormatException e)
        {
            throw new InputException($"{csvPath}, line {e.LineNumber}: malformed CSV ({e.Message}).", e);
        }
        catch (IOException e)
        {
            throw new InputException($"{csvPath}: could not be read ({e.Message}).", e);
        }
    }

    private static SweepTable ReadCsv(string path, string metricColumn, SweepDescription description, string folder)
    {
        InputFile.CheckReadable(path);
        using CsvReader csv = CsvReader.FromFile(path, new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FormatProvider = CultureInfo.InvariantCulture,
        });
        csv.ReadHeader();
        string[] header = [.. csv.Headers];
        if (header.Length == 0 || header[0] != "index")
        {
            throw new InputException($"{path}, line 1: the first column must be 'index' (the combination's place in the grid), not '{(header.Length == 0 ? string.Empty : header[0])}'.");
        }

        // The grid's names from sweep.json; a grid entry of one value varies nothing and may have no column.
        if (description.Grid?.FirstOrDefault(g => g.Values != 1 && !header.Contains(g.Name)) is { Name: not null } lost)
        {
            throw new InputException($"{path}, line 1: no column '{lost.Name}', which {JsonFile} lists in its grid.");
        }

        string[] names = description.Grid is { } grid
            ? [.. grid.Select(g => g.Name).Where(header.Contains)]
            : [.. header.Skip(1).TakeWhile(name => !name.Contains('.') && !PlainMetrics.Contains(name))];
        int[] parameterAt = [.. names.Select(name => Array.IndexOf(header, name))];

        if (names.Length == 0)
        {
            throw new InputException($"{path}, line 1: no parameter columns between 'index' and the metrics: the sweep varies nothing to draw.");
        }

        int metricAt = Array.IndexOf(header, metricColumn);
        if (metricAt == 0 || names.Contains(metricColumn) || metricColumn == "status")
        {
            throw new InputException($"{path}, line 1: '{metricColumn}' is not a metric column but the sweep's {(metricAt == 0 ? "index" : metricColumn == "status" ? "status" : "parameter")}.");
        }

        if (metricAt < 0)
        {
            string[] metrics = [.. header.Skip(1).Where(name => !names.Contains(name) && name != "status")];
            throw new InputException($"{path}, line 1: no column '{metricColumn}'; its metrics are {string.Join(", ", metrics)}.");
        }

        int statusAt = Array.IndexOf(header, "status");
        var read = new List<(int Index, int Line, string[] Values, double Value)>();
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            if (csv.FieldCount != header.Length)
            {
                throw new InputException($"{path}, line {line}: {csv.FieldCount} fields, but the header has {header.Length}.");
            }

            if (!int.TryParse(csv.GetString(0), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                throw new InputException($"{path}, line {line}: index '{csv.GetString(0)}' is not a whole number.");
            }

            string[] values = [.. parameterAt.Select(at => csv.GetString(at).Trim())];
            if (Array.FindIndex(values, v => v.Length == 0) is int empty and >= 0)
            {
                throw new InputException($"{path}, line {line}: no value for '{names[empty]}'.");
            }

            // A combination that could not run has an error for its status and empty metrics: drawn as blank.
            bool ok = statusAt < 0 || csv.GetString(statusAt).Trim().Equals("ok", StringComparison.OrdinalIgnoreCase);
            double value = ok ? Metric(csv.GetString(metricAt), path, line, metricColumn) : double.NaN;
            read.Add((index, line, values, value));
        }

        if (read.Count == 0)
        {
            throw new InputException($"{path}: a header but no combinations.");
        }

        // In grid order, whatever order the lines were written in: words keep the grid's order, and ties for the best go
        // to the first in the grid.
        var rows = read.OrderBy(r => r.Index).ThenBy(r => r.Line).ToList();
        var parameters = new SweepParameter[names.Length];
        var levels = new int[rows.Count][];
        for (int r = 0; r < rows.Count; r++)
        {
            levels[r] = new int[names.Length];
        }

        for (int p = 0; p < names.Length; p++)
        {
            (parameters[p], int[] of) = Parameter(names[p], [.. rows.Select(r => r.Values[p])]);
            for (int r = 0; r < rows.Count; r++)
            {
                levels[r][p] = of[r];
            }
        }

        string label = description.Label ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return new SweepTable(
            path,
            label,
            description.Window,
            description.Created,
            SweepMetric.For(metricColumn),
            parameters,
            [.. rows.Select((row, r) => new SweepRow(row.Index, levels[r], row.Value, row.Line))]);
    }

    // A metric cell: empty or NaN is missing, true/false (ruined) is 1/0, anything else must be a number.
    private static double Metric(string text, string path, int line, string column)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return double.NaN;
        }

        if (bool.TryParse(text, out bool flag))
        {
            return flag ? 1 : 0;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? (double.IsFinite(value) ? value : double.NaN)
            : throw new InputException($"{path}, line {line}: {column} '{text}' is not a number.");
    }

    // The parameter's kind and distinct values, and each row's value as an index into them. Values are told apart by
    // what they mean (0.1 and 0.10 are one number), and the first spelling met is the one shown.
    private static (SweepParameter Parameter, int[] Levels) Parameter(string name, string[] texts)
    {
        ParameterKind kind = texts.All(t => IsNumber(t, out _)) ? ParameterKind.Number
            : texts.All(t => IsDate(t, out _)) ? ParameterKind.Date
            : ParameterKind.Word;
        Func<string, double> position = kind switch
        {
            ParameterKind.Number => t => IsNumber(t, out double v) ? v : double.NaN,
            ParameterKind.Date => t => IsDate(t, out DateOnly d) ? Figures.Axis.X(d) : double.NaN,
            _ => _ => 0,
        };
        var distinct = new List<(string Text, double Position)>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            string key = Key(kind, text, position);
            if (!keys.ContainsKey(key))
            {
                keys.Add(key, distinct.Count);
                distinct.Add((text, kind == ParameterKind.Word ? distinct.Count : position(text)));
            }
        }

        // Numbers and dates ascending, so axes run one way; words keep the grid's order.
        int[] order = [.. Enumerable.Range(0, distinct.Count).OrderBy(k => kind == ParameterKind.Word ? k : distinct[k].Position).ThenBy(k => k)];
        var rank = new int[order.Length];
        for (int k = 0; k < order.Length; k++)
        {
            rank[order[k]] = k;
        }

        var parameter = new SweepParameter(name, kind, [.. order.Select(k => distinct[k].Text)], [.. order.Select(k => kind == ParameterKind.Word ? rank[k] : distinct[k].Position)]);
        return (parameter, [.. texts.Select(t => rank[keys[Key(kind, t, position)]])]);
    }

    private static string Key(ParameterKind kind, string text, Func<string, double> position) =>
        kind == ParameterKind.Word ? text : position(text).ToString("R", CultureInfo.InvariantCulture);

    private static bool IsNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool IsDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
