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
    public static Split[] Read(string path, CsvFormat format)
    {
        using var csv = PriceCsvReader.Open(path);
        int[] columns = PriceCsvReader.FindColumns(csv, path, RequiredColumns, format);
        var splits = new List<Split>();
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            PriceCsvReader.CheckFieldCount(csv, path, line, csv.Headers.Count);
            DateOnly date = PriceCsvReader.ReadDate(csv, columns[0], path, line, splits.Count == 0 ? null : splits[^1].Date, format.DateFormat);
            double numerator = PriceCsvReader.ReadNumber(csv, columns[1], "Numerator", path, line);
            double denominator = PriceCsvReader.ReadNumber(csv, columns[2], "Denominator", path, line);
            if (numerator <= 0 || denominator <= 0)
            {
                throw DataErrors.MalformedRow(path, line, $"split {numerator.ToString(CultureInfo.InvariantCulture)}:{denominator.ToString(CultureInfo.InvariantCulture)} is not a positive ratio.");
            }

            splits.Add(new Split(date, numerator / denominator));
        }

        return [.. splits];
    }
}
