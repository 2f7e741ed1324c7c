using System.Globalization;
using System.IO.Compression;
using Backtest.Core.Data;

namespace Backtest.Testing;

/// <summary>
/// Writes a ticker's split-adjusted bars as QuantConnect LEAN daily data, the way LEAN's data is made, so that the
/// LEAN loader can be checked against the CSV it came from. Written from LEAN's format description, not from the
/// loader: raw prices are the adjusted ones times the splits still to come, in 1/10,000 dollars; factor rows sit on
/// the trading day before each split and each ex-date, with that day's raw close as the reference price.
/// </summary>
public static class LeanWriter
{
    /// <summary>The far-future row LEAN ends every factor file with.</summary>
    public const string LastRow = "20501231,1,1,0";

    /// <summary>
    /// Writes <c>equity/usa/daily/&lt;ticker&gt;.zip</c> and <c>equity/usa/factor_files/&lt;ticker&gt;.csv</c> under
    /// <paramref name="root"/> from <paramref name="adjusted"/> (split-adjusted bars and dividends) and the
    /// <paramref name="splits"/> folded into them.
    /// </summary>
    public static void Write(string root, TickerSeries adjusted, IReadOnlyList<Split> splits)
    {
        string market = Path.Combine(root, "equity", "usa");
        Directory.CreateDirectory(Path.Combine(market, "daily"));
        Directory.CreateDirectory(Path.Combine(market, "factor_files"));
        string name = adjusted.Ticker.ToLowerInvariant();
        long[] rawClose = WritePrices(Path.Combine(market, "daily", name + ".zip"), name + ".csv", adjusted, splits);
        File.WriteAllLines(Path.Combine(market, "factor_files", name + ".csv"), FactorRows(adjusted, splits, rawClose));
    }

    /// <summary>How many shares one share before <paramref name="date"/>'s close becomes through the splits after it.</summary>
    public static double SplitsAfter(IReadOnlyList<Split> splits, DateOnly date) =>
        splits.Where(s => s.Date > date).Aggregate(1.0, (product, s) => product * s.Ratio);

    /// <summary>A price in LEAN's units: 1/10,000 dollars, rounded to a whole number.</summary>
    public static long Deci(double dollars) => (long)Math.Round(dollars * 10_000, MidpointRounding.AwayFromZero);

    /// <summary>Writes a zip holding one entry with <paramref name="lines"/>, each ended by "\n".</summary>
    public static void WriteZip(string zip, string entry, IEnumerable<string> lines)
    {
        using ZipArchive archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
        foreach (string line in lines)
        {
            writer.Write(line + "\n");
        }
    }

    // Raw = adjusted x the splits still to come; returns the raw closes in LEAN's units for the reference prices.
    private static long[] WritePrices(string zip, string entry, TickerSeries adjusted, IReadOnlyList<Split> splits)
    {
        var lines = new List<string>(adjusted.Count);
        var rawClose = new long[adjusted.Count];
        for (int t = 0; t < adjusted.Count; t++)
        {
            double later = SplitsAfter(splits, adjusted.Dates[t]);
            rawClose[t] = Deci(adjusted.Close[t] * later);
            long volume = (long)Math.Round(adjusted.Volume[t] / later, MidpointRounding.AwayFromZero);
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{adjusted.Dates[t]:yyyyMMdd} 00:00,{Deci(adjusted.Open[t] * later)},{Deci(adjusted.High[t] * later)},{Deci(adjusted.Low[t] * later)},{rawClose[t]},{volume}"));
        }

        WriteZip(zip, entry, lines);
        return rawClose;
    }

    // Worked from the newest row back, as LEAN builds factor files: the split factor of a day is one over the splits
    // still to come; the price factor falls by (1 - dividend / close) at each day before an ex-date.
    private static List<string> FactorRows(TickerSeries adjusted, IReadOnlyList<Split> splits, long[] rawClose)
    {
        var eventDays = new SortedSet<int>();
        foreach (Split split in splits)
        {
            AddDayBefore(eventDays, adjusted.Dates, split.Date);
        }

        var dividendOnNextDay = new Dictionary<int, double>();
        foreach (Dividend dividend in adjusted.Dividends)
        {
            int day = AddDayBefore(eventDays, adjusted.Dates, dividend.ExDate);
            if (day >= 0)
            {
                // Per share as traded on the day before: the adjusted amount times the splits after that day.
                dividendOnNextDay[day] = dividend.Amount * SplitsAfter(splits, adjusted.Dates[day]);
            }
        }

        var rows = new List<string> { LastRow };
        double priceFactor = 1;
        foreach (int day in eventDays.Reverse())
        {
            double reference = rawClose[day] / 10_000.0;
            if (dividendOnNextDay.TryGetValue(day, out double distribution))
            {
                priceFactor *= 1 - (distribution / reference);
            }

            rows.Add(Row(adjusted.Dates[day], priceFactor, 1 / SplitsAfter(splits, adjusted.Dates[day]), reference));
        }

        // LEAN starts a file with a row on its first date carrying the oldest factors and no reference price.
        if (!eventDays.Contains(0))
        {
            rows.Add(Row(adjusted.Dates[0], priceFactor, 1 / SplitsAfter(splits, adjusted.Dates[0]), 0));
        }

        rows.Reverse();
        return rows;
    }

    private static int AddDayBefore(SortedSet<int> days, DateOnly[] dates, DateOnly date)
    {
        int t = Array.BinarySearch(dates, date);
        int before = (t >= 0 ? t : ~t) - 1;
        if (before >= 0)
        {
            days.Add(before);
        }

        return before;
    }

    // LEAN's rounding: 7 decimals for the price factor, 8 for the split factor, 4 for the reference price.
    private static string Row(DateOnly date, double priceFactor, double splitFactor, double reference) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd},{Math.Round(priceFactor, 7):0.#######},{Math.Round(splitFactor, 8):0.########},{Math.Round(reference, 4):0.####}");
}
