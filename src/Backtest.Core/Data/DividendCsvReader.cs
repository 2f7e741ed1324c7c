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
    public static Dividend[] Read(string path, CsvFormat format) =>
        DatedRowsCsvReader.Read(path, format, RequiredColumns, (date, values, line) => values[0] >= 0
            ? new Dividend(date, values[0])
            : throw DataErrors.MalformedRow(path, line, $"Dividend {values[0].ToString(CultureInfo.InvariantCulture)} is negative; dividends are cash per share paid out."));
}
