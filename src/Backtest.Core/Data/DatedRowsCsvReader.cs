namespace Backtest.Core.Data;

/// <summary>Reads the small event files (dividends, splits): a Date column in increasing order and some numbers per row.</summary>
internal static class DatedRowsCsvReader
{
    /// <summary>
    /// Reads <paramref name="path"/>, whose header must name Date and <paramref name="numbers"/>; each row becomes
    /// <paramref name="create"/>(date, numbers, line), which may throw for values out of range. Header only: none.
    /// </summary>
    public static T[] Read<T>(string path, IReadOnlyList<string> numbers, Func<DateOnly, double[], int, T> create)
    {
        using var csv = PriceCsvReader.Open(path);
        int[] columns = PriceCsvReader.FindColumns(csv, path, ["Date", .. numbers]);
        var rows = new List<T>();
        DateOnly? previous = null;
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            PriceCsvReader.CheckFieldCount(csv, path, line, csv.Headers.Count);
            DateOnly date = PriceCsvReader.ReadDate(csv, columns[0], path, line, previous);
            var values = new double[numbers.Count];
            for (int k = 0; k < numbers.Count; k++)
            {
                values[k] = PriceCsvReader.ReadNumber(csv, columns[k + 1], numbers[k], path, line);
            }

            rows.Add(create(date, values, line));
            previous = date;
        }

        return [.. rows];
    }
}
