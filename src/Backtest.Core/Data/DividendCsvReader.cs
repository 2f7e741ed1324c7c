using System.Globalization;

namespace Backtest.Core.Data;

/// <summary>Reads a dividends CSV (<c>Date,Dividend</c>: cash per share on the ex-date).</summary>
public static class DividendCsvReader
{
    /// <summary>The columns a dividends file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["Date", "Dividend"];

    /// <summary>Reads the dividends of <paramref name="path"/>; a header-only file means none.</summary>
    public static Dividend[] Read(string path) => Read(path, CsvFormat.Default);

    /// <summary>Reads the dividends of <paramref name="path"/>, written in <paramref name="format"/>; a header-only file means none.</summary>
    public static Dividend[] Read(string path, CsvFormat format)
    {
        using var csv = PriceCsvReader.Open(path);
        int[] columns = PriceCsvReader.FindColumns(csv, path, RequiredColumns, format);
        var dividends = new List<Dividend>();
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            PriceCsvReader.CheckFieldCount(csv, path, line, csv.Headers.Count);
            DateOnly date = PriceCsvReader.ReadDate(csv, columns[0], path, line, dividends.Count == 0 ? null : dividends[^1].ExDate, format.DateFormat);
            double amount = PriceCsvReader.ReadNumber(csv, columns[1], "Dividend", path, line);
            if (amount < 0)
            {
                throw DataErrors.MalformedRow(path, line, $"Dividend {amount.ToString(CultureInfo.InvariantCulture)} is negative; dividends are cash per share paid out.");
            }

            dividends.Add(new Dividend(date, amount));
        }

        return [.. dividends];
    }
}
