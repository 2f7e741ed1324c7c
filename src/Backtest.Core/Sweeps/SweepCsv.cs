using Backtest.Core.Results;
using CsvHelper;

namespace Backtest.Core.Sweeps;

/// <summary>Writes <c>sweep.csv</c>: a header, then one row per combination in grid order, numbers as every result CSV writes them.</summary>
internal static class SweepCsv
{
    /// <summary>Writes the rows of <paramref name="work"/> to <paramref name="path"/>, offering each to <paramref name="ranking"/>.</summary>
    public static void Write(string path, SweepWorkFolder work, SweepGrid grid, IReadOnlyList<string> columns, SweepRanking? ranking)
    {
        Dictionary<long, string> errors = work.ReadErrors();
        IReadOnlyList<MetricColumn> metrics = MetricColumns.All;
        using CsvWriter csv = ResultCsv.Create(path);
        ResultCsv.WriteHeader(csv, [.. columns]);
        int[] digits = new int[grid.Axes.Count];
        grid.Decode(work.First, digits);
        work.ReadRows((index, row) =>
        {
            if (row[0] == SweepWorkFolder.NotRun)
            {
                throw new InvalidOperationException($"combination {index} was not run");
            }

            csv.WriteField(index);
            for (int a = 0; a < digits.Length; a++)
            {
                csv.WriteField(grid.Axes[a].Values[digits[a]]);
            }

            ReadOnlySpan<double> values = row[1..];
            for (int m = 0; m < metrics.Count; m++)
            {
                if (MetricColumns.Text(metrics[m].Kind, values[m]) is { } text)
                {
                    csv.WriteField(text);
                }
                else
                {
                    csv.WriteField(values[m]);
                }
            }

            csv.WriteField(errors.GetValueOrDefault(index, string.Empty));
            csv.EndRecord();
            ranking?.Offer(index, digits, values);
            grid.Next(digits);
        });
    }
}
