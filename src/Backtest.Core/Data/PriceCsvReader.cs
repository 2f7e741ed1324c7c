using System.Globalization;
using CsvHelper;

namespace Backtest.Core.Data;

/// <summary>Reads a daily price CSV: columns found by header name in any order and case (or as mapped), ISO dates (or as given), invariant numbers.</summary>
/// <remarks>
/// Every row is checked (dates strictly increasing, prices positive and finite, low &lt;= open, close &lt;= high,
/// volume not negative); the first bad row stops the load with its file, line and problem. An Adj Close column is
/// accepted and ignored: the engine pays dividends from the dividends file, so dividend-adjusted prices would
/// count them twice.
/// </remarks>
public static class PriceCsvReader
{
    /// <summary>The columns a price file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["Date", "Open", "High", "Low", "Close", "Volume"];

    // Float32-looking decimals in real files sit a hair outside their bar; anything beyond this is a broken row.
    private const double RangeTolerance = 1e-6;

    /// <summary>Reads the bars of <paramref name="path"/> for <paramref name="ticker"/>, with no dividends.</summary>
    public static TickerSeries Read(string path, string ticker) => Read(path, ticker, CsvFormat.Default);

    /// <summary>Reads the bars of <paramref name="path"/>, written in <paramref name="format"/>, for <paramref name="ticker"/>, with no dividends.</summary>
    public static TickerSeries Read(string path, string ticker, CsvFormat format)
    {
        using var csv = Open(path);
        int[] columns = FindColumns(csv, path, RequiredColumns, format);
        int fixedColumn = FindFixedColumn(csv, path, format);
        var bars = new BarRows();
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            CheckFieldCount(csv, path, line, csv.Headers.Count);
            CheckFixed(csv, fixedColumn, format, path, line);
            DateOnly date = ReadDate(csv, columns[0], path, line, bars.LastDate, format.DateFormat);
            double o = ReadPrice(csv, columns[1], "Open", path, line);
            double h = ReadPrice(csv, columns[2], "High", path, line);
            double l = ReadPrice(csv, columns[3], "Low", path, line);
            double c = ReadPrice(csv, columns[4], "Close", path, line);
            double v = ReadNumber(csv, columns[5], "Volume", path, line);
            bars.Add(path, line, date, o, h, l, c, v);
        }

        if (bars.Count == 0)
        {
            throw DataErrors.NoRows(path);
        }

        return bars.ToSeries(ticker, [new DataFile(path, FileHash.Sha256(path))]);
    }

    /// <summary>
    /// Opens a CSV with the project's reading rules: comma separated, header, line numbers tracked, read through
    /// <see cref="InputFile"/> (so a file that cannot be read, or a line too long, is an <see cref="InputException"/>).
    /// </summary>
    internal static CsvReader Open(string path)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            FormatProvider = CultureInfo.InvariantCulture,
            // No data cell holds a line break; allowing them would let one stray quote make the rest of the file one
            // record, reported at its first line after reading all of it.
            AllowLineBreaksInQuotes = false,
            // "Adj Close", "adj_close" and "AdjClose" all name the same column.
            NormalizeHeaderName = name => name.Replace(" ", string.Empty).Replace("_", string.Empty),
        };
        return CsvReader.Create(InputFile.OpenText(path), options, leaveOpen: false);
    }

    /// <summary>Finds each required column by name, or fails naming the missing ones and the header found.</summary>
    internal static int[] FindColumns(CsvReader csv, string path, IReadOnlyList<string> required) =>
        FindColumns(csv, path, required, CsvFormat.Default);

    /// <summary>Finds each required column by its name in <paramref name="format"/>, or fails naming the missing ones, the header and the mapping.</summary>
    internal static int[] FindColumns(CsvReader csv, string path, IReadOnlyList<string> required, CsvFormat format)
    {
        csv.ReadHeader();
        if (csv.Headers.Count == 0 || (csv.Headers.Count == 1 && csv.Headers[0].Length == 0))
        {
            throw DataErrors.EmptyFile(path);
        }

        var indexes = new int[required.Count];
        var missing = new List<string>();
        for (int k = 0; k < required.Count; k++)
        {
            if (!csv.TryGetFieldIndex(format.Columns.NameOf(required[k]), out indexes[k]))
            {
                missing.Add(required[k]);
            }
        }

        if (missing.Count > 0 && format.Columns.IsEmpty)
        {
            throw DataErrors.MissingColumns(path, missing, csv.Headers);
        }

        if (missing.Count > 0)
        {
            throw DataErrors.MissingMappedColumns(path, missing.Select(c => (c, format.Columns.NameOf(c), format.Columns.Renames(c))), csv.Headers, format.Columns.Text, format.MappingOrigin);
        }

        return indexes;
    }

    /// <summary>The index of the format's fixed column, or -1 when it has none; a file without it fails as a missing column.</summary>
    internal static int FindFixedColumn(CsvReader csv, string path, CsvFormat format)
    {
        if (format.Fixed is not { } column)
        {
            return -1;
        }

        return csv.TryGetFieldIndex(column.Column, out int index) ? index : throw DataErrors.MissingColumns(path, [column.Column], csv.Headers);
    }

    /// <summary>Fails when the row's fixed column (Stooq's period, say) holds another value.</summary>
    internal static void CheckFixed(CsvReader csv, int column, CsvFormat format, string path, int line)
    {
        if (column >= 0 && format.Fixed is { } fixedColumn && !csv.GetString(column).Equals(fixedColumn.Value, StringComparison.OrdinalIgnoreCase))
        {
            throw DataErrors.MalformedRow(path, line, $"{fixedColumn.Column} is '{InputExcerpt.Of(csv.GetString(column))}', not {fixedColumn.Value} ({fixedColumn.Meaning}).");
        }
    }

    /// <summary>Fails when a row has a different number of fields than the header.</summary>
    internal static void CheckFieldCount(CsvReader csv, string path, int line, int expected)
    {
        if (csv.FieldCount != expected)
        {
            throw DataErrors.MalformedRow(path, line, $"expected {expected} fields as in the header, found {csv.FieldCount}.");
        }
    }

    /// <summary>Reads a date in <paramref name="format"/> (ISO, yyyy-MM-dd, by default) that must come after <paramref name="previous"/>.</summary>
    internal static DateOnly ReadDate(CsvReader csv, int column, string path, int line, DateOnly? previous, string format = CsvFormat.IsoDate)
    {
        string text = csv.GetString(column);
        if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw DataErrors.MalformedRow(path, line, format == CsvFormat.IsoDate
                ? $"Date '{InputExcerpt.Of(text)}' is not an ISO date (yyyy-MM-dd)."
                : $"Date '{InputExcerpt.Of(text)}' is not a date in the format {format}.");
        }

        return After(date, previous, path, line);
    }

    /// <summary>Returns <paramref name="date"/>, or fails when it does not come after <paramref name="previous"/>.</summary>
    internal static DateOnly After(DateOnly date, DateOnly? previous, string path, int line)
    {
        if (previous is { } before && date <= before)
        {
            string what = date == before ? "repeats" : "comes before";
            throw DataErrors.MalformedRow(path, line, $"Date {date:yyyy-MM-dd} {what} the previous row's {before:yyyy-MM-dd}; rows must be in increasing date order.");
        }

        return date;
    }

    /// <summary>Reads a finite number, or fails naming the column and the text found.</summary>
    internal static double ReadNumber(CsvReader csv, int column, string name, string path, int line)
    {
        string text = csv.GetString(column);
        if (text.Length == 0)
        {
            throw DataErrors.MalformedRow(path, line, $"{name} is empty.");
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw DataErrors.MalformedRow(path, line, $"{name} '{InputExcerpt.Of(text)}' is not a number.");
        }

        return value;
    }

    /// <summary>Reads a positive, finite price, or fails naming the column and the text found.</summary>
    internal static double ReadPrice(CsvReader csv, int column, string name, string path, int line)
    {
        double value = ReadNumber(csv, column, name, path, line);
        if (value <= 0)
        {
            throw DataErrors.MalformedRow(path, line, $"{name} {value.ToString(CultureInfo.InvariantCulture)} is not a positive price.");
        }

        return value;
    }

    /// <summary>Fails when the bar is not ordered: low &lt;= open, close &lt;= high (with a hair of slack for float32 values).</summary>
    internal static void CheckBar(string path, int line, double open, double high, double low, double close)
    {
        double slack = high * RangeTolerance;
        if (high < low)
        {
            throw DataErrors.MalformedRow(path, line, $"High {Text(high)} is below Low {Text(low)}.");
        }

        if (open > high + slack || open < low - slack)
        {
            throw DataErrors.MalformedRow(path, line, $"Open {Text(open)} is outside the bar's Low..High ({Text(low)}..{Text(high)}).");
        }

        if (close > high + slack || close < low - slack)
        {
            throw DataErrors.MalformedRow(path, line, $"Close {Text(close)} is outside the bar's Low..High ({Text(low)}..{Text(high)}).");
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
