using System.Globalization;

namespace Backtest.Reporting.Tests.Support;

/// <summary>Columns of a saved <c>equity.csv</c>, read here by splitting lines (not through the reporting reader).</summary>
/// <param name="Dates">The date column.</param>
/// <param name="Equity">The equity column.</param>
/// <param name="Benchmark">The benchmark_equity column, or null when it is empty.</param>
/// <param name="DeltaExposure">The delta_exposure column, or null in a file without it.</param>
/// <param name="OptionValue">The option_value column, or null in a file without it.</param>
internal sealed record EquityColumns(DateTime[] Dates, double[] Equity, double[]? Benchmark, double[]? DeltaExposure, double[]? OptionValue)
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
            Column(rows, equity)!,
            hasBenchmark ? Column(rows, benchmark) : null,
            Column(rows, Array.IndexOf(header, "delta_exposure")),
            Column(rows, Array.IndexOf(header, "option_value")));
    }

    private static double[]? Column(string[][] rows, int at) =>
        at < 0 ? null : [.. rows.Select(r => double.Parse(r[at], NumberStyles.Float, CultureInfo.InvariantCulture))];
}
