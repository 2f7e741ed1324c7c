using Deedle;

namespace Backtest.Core.Data;

/// <summary>Aligns loaded series on the union of their trading days and cuts the run window: the edge where Deedle works.</summary>
public static class PricePanelBuilder
{
    /// <summary>Builds the panel of <paramref name="series"/> from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    /// <remarks>
    /// Without <paramref name="from"/>, the window starts when every ticker has listed; without <paramref name="to"/>,
    /// it ends when the first ticker's data ends. A window outside the data is an <see cref="InputException"/>.
    /// </remarks>
    /// <param name="series">The tickers' bars.</param>
    /// <param name="from">The first day, or null.</param>
    /// <param name="to">The last day, or null.</param>
    /// <param name="rawPrices">Whether the prices are raw (as traded), so that the series' splits must resize positions.</param>
    public static PricePanel Build(IReadOnlyList<TickerSeries> series, DateOnly? from = null, DateOnly? to = null, bool rawPrices = false)
    {
        if (series.Count == 0)
        {
            throw new ArgumentException("a panel needs at least one ticker", nameof(series));
        }

        var closes = new Dictionary<string, Series<DateOnly, double>>(series.Count);
        DateOnly firstAll = DateOnly.MaxValue, lastAll = DateOnly.MinValue, allListed = DateOnly.MinValue, firstEnded = DateOnly.MaxValue;
        for (int i = 0; i < series.Count; i++)
        {
            TickerSeries s = series[i];
            closes[s.Ticker] = new Series<DateOnly, double>(s.Dates, s.Close);
            firstAll = Min(firstAll, s.FirstDate);
            lastAll = Max(lastAll, s.LastDate);
            allListed = Max(allListed, s.FirstDate);
            firstEnded = Min(firstEnded, s.LastDate);
        }

        DateOnly start = from ?? allListed;
        DateOnly end = to ?? firstEnded;
        CheckWindow(start, end, firstAll, lastAll, from.HasValue, to.HasValue);

        // The outer join of the close columns gives the union calendar, sorted.
        Frame<DateOnly, string> frame = Frame.FromColumns(closes);
        DateOnly[] dates = frame.RowKeys.Where(d => d >= start && d <= end).ToArray();
        if (dates.Length == 0)
        {
            throw DataErrors.NoTradingDay(start, end);
        }

        int days = dates.Length;
        var open = new double[series.Count * days];
        var close = new double[series.Count * days];
        var dividends = new double[series.Count * days];
        var splits = new double[series.Count * days];
        for (int i = 0; i < series.Count; i++)
        {
            Align(series[i], dates, open.AsSpan(i * days, days), close.AsSpan(i * days, days), dividends.AsSpan(i * days, days));
            if (rawPrices)
            {
                PlaceSplits(series[i].Splits, dates, splits.AsSpan(i * days, days));
            }
        }

        return new PricePanel(series.Select(s => s.Ticker).ToArray(), dates, open, close, dividends, splits);
    }

    /// <summary>
    /// Lays one ticker's bars on <paramref name="dates"/>: the open exactly (NaN without a bar, so no trade), the close
    /// carried forward over gaps (NaN before the first bar), and each dividend on the first day on or after its ex-date.
    /// </summary>
    public static void Align(TickerSeries series, DateOnly[] dates, Span<double> open, Span<double> close, Span<double> dividends)
    {
        var opens = new Series<DateOnly, double>(series.Dates, series.Open);
        var closes = new Series<DateOnly, double>(series.Dates, series.Close);
        for (int t = 0; t < dates.Length; t++)
        {
            OptionalValue<double> o = opens.TryGet(dates[t]);
            OptionalValue<double> c = closes.TryGet(dates[t], Lookup.ExactOrSmaller);
            open[t] = o.HasValue ? o.Value : double.NaN;
            close[t] = c.HasValue ? c.Value : double.NaN;
        }

        PlaceDividends(series.Dividends, dates, dividends);
    }

    /// <summary>Puts each dividend on the first panel day on or after its ex-date; those outside the window are dropped.</summary>
    internal static void PlaceDividends(Dividend[] dividends, DateOnly[] dates, Span<double> row)
    {
        foreach (Dividend d in dividends)
        {
            int t = Array.BinarySearch(dates, d.ExDate);
            if (t < 0)
            {
                t = ~t;
            }

            if (t < dates.Length && (t > 0 || d.ExDate >= dates[0]))
            {
                row[t] += d.Amount;
            }
        }
    }

    // Outside-the-data first: a --from after the data would otherwise meet the default end and be reported as
    // "from ... is after to ...", naming a --to the user never gave and hiding the data's range.
    /// <summary>Puts each split on the first panel day on or after its date; a split before the window is already in the prices.</summary>
    internal static void PlaceSplits(Split[] splits, DateOnly[] dates, Span<double> row)
    {
        foreach (Split split in splits)
        {
            int t = Array.BinarySearch(dates, split.Date);
            if (t < 0)
            {
                t = ~t;
            }

            // A split on the first day happened before the run: the first close is already post-split.
            if (t > 0 && t < dates.Length)
            {
                row[t] = row[t] == 0 ? split.Ratio : row[t] * split.Ratio;
            }
        }
    }

    private static void CheckWindow(DateOnly start, DateOnly end, DateOnly first, DateOnly last, bool fromGiven, bool toGiven)
    {
        if (fromGiven && (start < first || start > last))
        {
            throw DataErrors.OutsideData("--from", start, first, last);
        }

        if (toGiven && (end > last || end < first))
        {
            throw DataErrors.OutsideData("--to", end, first, last);
        }

        if (start > end)
        {
            throw DataErrors.EmptyWindow(start, end);
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
