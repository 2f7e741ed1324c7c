using System.Globalization;

namespace Backtest.Core.Data;

/// <summary>Reads a splits CSV (<c>Date,Numerator,Denominator</c>: 10,1 for a 10-for-1 split on its first split day).</summary>
public static class SplitCsvReader
{
    /// <summary>The columns a splits file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["Date", "Numerator", "Denominator"];

    /// <summary>Reads the splits of <paramref name="path"/>; a header-only file means none.</summary>
    public static Split[] Read(string path) => Read(path, CsvFormat.Default);

    /// <summary>Reads the splits of <paramref name="path"/>, written in <paramref name="format"/>; a header-only file means none.</summary>
    public static Split[] Read(string path, CsvFormat format) =>
        DatedRowsCsvReader.Read(path, format, RequiredColumns, (date, values, line) => values[0] > 0 && values[1] > 0
            ? new Split(date, values[0] / values[1])
            : throw DataErrors.MalformedRow(path, line, $"split {values[0].ToString(CultureInfo.InvariantCulture)}:{values[1].ToString(CultureInfo.InvariantCulture)} is not a positive ratio."));
}
