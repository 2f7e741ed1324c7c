namespace Backtest.Core.Data;

/// <summary>Reads the small event files (dividends, splits): a Date column in increasing order and some numbers per row.</summary>
internal static class DatedRowsCsvReader
{
    /// <summary>
    /// Reads <paramref name="path"/>, whose header (mapped by <paramref name="format"/>) must name <paramref name="columns"/>,
    /// Date first; each row becomes <paramref name="create"/>(date, the other columns' numbers, line), which may throw
    /// for values out of range. A header-only file gives none.
    /// </summary>
    public static T[] Read<T>(string path, CsvFormat format, IReadOnlyList<string> columns, Func<DateOnly, double[], int, T> create)
    {
        using var csv = PriceCsvReader.Open(path);
        int[] at = PriceCsvReader.FindColumns(csv, path, columns, format);
        var rows = new List<T>();
        DateOnly? previous = null;
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            PriceCsvReader.CheckFieldCount(csv, path, line, csv.Headers.Count);
            DateOnly date = PriceCsvReader.ReadDate(csv, at[0], path, line, previous, format.DateFormat);
            var values = new double[columns.Count - 1];
            for (int k = 0; k < values.Length; k++)
            {
                values[k] = PriceCsvReader.ReadNumber(csv, at[k + 1], columns[k + 1], path, line);
            }

            rows.Add(create(date, values, line));
            previous = date;
        }

        return [.. rows];
    }
}
