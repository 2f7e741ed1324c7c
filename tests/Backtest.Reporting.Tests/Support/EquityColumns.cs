using System.Globalization;

namespace Backtest.Reporting.Tests.Support;

/// <summary>Columns of a saved <c>equity.csv</c>, read here by splitting lines (not through the reporting reader).</summary>
/// <param name="Dates">The date column.</param>
/// <param name="Equity">The equity column.</param>
/// <param name="Benchmark">The benchmark_equity column, or null when it is empty.</param>
internal sealed record EquityColumns(DateTime[] Dates, double[] Equity, double[]? Benchmark)
{
    /// <summary>Reads <c>equity.csv</c> in <paramref name="folder"/>.</summary>
    public static EquityColumns Read(string folder)
    {
        string[] lines = File.ReadAllLines(Path.Combine(folder, "equity.csv"));
        string[] header = lines[0].Split(',');
        int date = Array.IndexOf(header, "date"), equity = Array.IndexOf(header, "equity"), benchmark = Array.IndexOf(header, "benchmark_equity");
        string[][] rows = [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
        bool hasBenchmark = rows.All(r => r[benchmark].Length > 0);
        return new EquityColumns(
            [.. rows.Select(r => DateTime.ParseExact(r[date], "yyyy-MM-dd", CultureInfo.InvariantCulture))],
            [.. rows.Select(r => double.Parse(r[equity], NumberStyles.Float, CultureInfo.InvariantCulture))],
            hasBenchmark ? [.. rows.Select(r => double.Parse(r[benchmark], NumberStyles.Float, CultureInfo.InvariantCulture))] : null);
    }
}
