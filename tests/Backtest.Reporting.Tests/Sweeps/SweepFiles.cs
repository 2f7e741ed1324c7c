using System.Globalization;
using System.Text;

namespace Backtest.Reporting.Tests.Sweeps;

/// <summary>
/// Writes sweep folders as the contract of <c>backtest sweep</c> says (independently of the sweep code): <c>sweep.csv</c>
/// with an index, the varied parameters, metric columns and a status, "\n" line ends and shortest round-trip numbers.
/// </summary>
internal static class SweepFiles
{
    /// <summary>The metric columns of the sweeps written here, after the parameters.</summary>
    public const string Metrics = "strategy.totalReturn,strategy.sharpe,strategy.volatility,strategy.maxDrawdown,finalEquity,ruined,trades,status";

    /// <summary>A number as the sweep writes it.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="csv"/> (and <paramref name="json"/>) into <paramref name="folder"/>; returns the folder.</summary>
    public static string Write(string folder, string csv, string? json = null)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sweep.csv"), csv);
        if (json is not null)
        {
            File.WriteAllText(Path.Combine(folder, "sweep.json"), json);
        }

        return folder;
    }

    /// <summary>shortAllocation values 1/count .. 1 in steps of 1/count, as a user writes them (0.1, 0.2, ...).</summary>
    public static string[] Allocations(int count) =>
        [.. Enumerable.Range(1, count).Select(k => Number(Math.Round(k / (double)count, 4)))];

    /// <summary>Monthly entry dates from 2024-01-01.</summary>
    public static string[] Months(int count) =>
        [.. Enumerable.Range(0, count).Select(m => new DateOnly(2024, 1, 1).AddMonths(m).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    /// <summary>
    /// A sweep of <c>shortAllocation</c> x <c>entryDate</c> in grid order (allocation outer), with sweep.json naming the
    /// grid. <paramref name="cells"/> gives, for allocation i and date j, the row's metric cells after the parameters
    /// (see <see cref="Metrics"/>).
    /// </summary>
    public static string AllocationByDate(string folder, int allocations, int months, Func<int, int, string> cells)
    {
        string[] a = Allocations(allocations), d = Months(months);
        var csv = new StringBuilder("index,shortAllocation,entryDate," + Metrics + "\n");
        int index = 0;
        for (int i = 0; i < a.Length; i++)
        {
            for (int j = 0; j < d.Length; j++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{index++},{a[i]},{d[j]},{cells(i, j)}\n");
            }
        }

        string json = $$"""
            {"grid": [{"name": "shortAllocation", "values": [{{string.Join(", ", a.Select(v => $"\"{v}\""))}}]}, {"name": "entryDate", "values": [{{string.Join(", ", d.Select(v => $"\"{v}\""))}}]}],
             "metric": "strategy.sharpe", "label": "burry-13f-2025", "from": "2024-01-02", "to": "2025-11-28"}
            """;
        return Write(folder, csv.ToString(), json);
    }

    /// <summary>The metric cells of an ok row whose Sharpe is <paramref name="sharpe"/> and volatility <paramref name="volatility"/>.</summary>
    public static string Ok(double sharpe, double volatility) =>
        $"{Number(sharpe * 0.2)},{Number(sharpe)},{Number(volatility)},{Number(-volatility)},{Number(1e6 * (1 + (sharpe * 0.2)))},false,4,ok";

    /// <summary>The metric cells of a combination that could not run.</summary>
    public const string Failed = ",,,,,,,\"error: no price for NVDA on 2024-06-03, the data ends earlier\"";
}
