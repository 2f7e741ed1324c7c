namespace Backtest.Cli.Tests;

/// <summary>One ticker's closes read straight from its price file, looked up by date with the last close carried over gaps.</summary>
internal sealed class ClosingPrices
{
    private readonly string[] _dates;
    private readonly double[] _closes;
    private readonly string _path;

    private ClosingPrices(string path, string[] dates, double[] closes)
    {
        _path = path;
        _dates = dates;
        _closes = closes;
    }

    /// <summary>Reads the Date and Close columns of a price file (ISO dates sort as text).</summary>
    public static ClosingPrices Read(string path)
    {
        var table = CsvTable.Read(path);
        return new ClosingPrices(
            path,
            table.Rows.Select(r => table.Text(r, "Date")).ToArray(),
            table.Rows.Select(r => table.Number(r, "Close")).ToArray());
    }

    /// <summary>The close on <paramref name="date"/> (yyyy-MM-dd), or the last one before it when the ticker did not trade.</summary>
    public double On(string date)
    {
        int k = Array.BinarySearch(_dates, date, StringComparer.Ordinal);
        if (k < 0)
        {
            k = ~k - 1;
        }

        return k >= 0 ? _closes[k] : throw new ArgumentOutOfRangeException(nameof(date), $"{_path} has no close on or before {date}");
    }
}
