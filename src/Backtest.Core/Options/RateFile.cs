using System.Globalization;
using Backtest.Core.Data;

namespace Backtest.Core.Options;

/// <summary>A dated series of pricing rates (<c>Date,Rate</c>, annual, continuously compounded): a row holds until the next.</summary>
public static class RateFile
{
    /// <summary>The columns the file must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["Date", "Rate"];

    /// <summary>
    /// The rate on each of <paramref name="dates"/> from the file at <paramref name="path"/>: the last row on or before
    /// the day, or <paramref name="before"/> before the first row. A missing file or bad row is an <see cref="InputException"/>.
    /// </summary>
    public static double[] ByDay(string path, DateOnly[] dates, double before)
    {
        if (!Path.Exists(path))
        {
            throw new InputException($"optionRateFile '{path}' does not exist; give a CSV with the columns Date,Rate (0.04 = 4% a year).");
        }

        (DateOnly Date, double Rate)[] rows = DatedRowsCsvReader.Read(path, CsvFormat.Default, RequiredColumns, (date, values, line) =>
            values[0] is >= -0.1 and <= 1
                ? (date, values[0])
                : throw DataErrors.MalformedRow(path, line, string.Create(CultureInfo.InvariantCulture,
                    $"rate {values[0]} is outside -0.1..1; rates are fractions a year (0.045 for 4.5%).")));
        if (rows.Length == 0)
        {
            throw DataErrors.NoRows(path);
        }

        var rates = new double[dates.Length];
        int k = -1;
        for (int t = 0; t < dates.Length; t++)
        {
            while (k + 1 < rows.Length && rows[k + 1].Date <= dates[t])
            {
                k++;
            }

            rates[t] = k < 0 ? before : rows[k].Rate;
        }

        return rates;
    }
}
