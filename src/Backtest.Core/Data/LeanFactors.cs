using Backtest.Core.Runs;

namespace Backtest.Core.Data;

/// <summary>
/// The splits and dividends a LEAN factor file describes, and the split factor of each day, turned into our
/// conventions for a ticker's raw (as traded) bars.
/// </summary>
/// <remarks>
/// <para>
/// The factors of a row dated D cover the days after the previous row's date up to D: a day's factors are those of
/// the first row on or after it, and days after the last row (LEAN ends files with a far-future row) have none.
/// </para>
/// <para>
/// Where the split factor changes from row D to the next, a split takes effect on the first trading day after D,
/// giving sf(next) / sf(D) new shares per old share. Where the price factor changes, that day is the ex-date of a
/// dividend of reference price x (1 - pf(D) / pf(next)) per share as traded on D, the reference price being D's
/// raw close (the close from the bars when the file leaves it out).
/// </para>
/// </remarks>
public sealed class LeanFactors
{
    /// <summary>The largest denominator a split ratio is matched with: 1-for-100 reverse splits happen, finer ones hardly.</summary>
    internal const int MaxDenominator = 100;

    /// <summary>How near (relative) a simple fraction must be: split factors with six decimals already come within 1e-5.</summary>
    internal const double RatioTolerance = 1e-5;

    private readonly LeanFactorRow[] _rows;
    private readonly string _file;

    /// <summary>The factors of <paramref name="rows"/>, sorted by date, read from <paramref name="file"/> (for messages).</summary>
    public LeanFactors(LeanFactorRow[] rows, string file)
    {
        _rows = rows;
        _file = file;
    }

    /// <summary>No factor file: no splits, no dividends, every split factor 1.</summary>
    public static LeanFactors None { get; } = new([], string.Empty);

    /// <summary>The split factor of <paramref name="date"/>'s raw prices: raw x factor = split-adjusted price.</summary>
    public double SplitFactorOn(DateOnly date)
    {
        int k = FirstRowOnOrAfter(date);
        return k < _rows.Length ? _rows[k].SplitFactor : 1;
    }

    /// <summary>
    /// <paramref name="raw"/> in our conventions: for <see cref="PriceAdjustment.Adjusted"/>, split-adjusted (not
    /// dividend-adjusted) prices and volumes, and dividends per split-adjusted share; for <see cref="PriceAdjustment.Raw"/>,
    /// the prices as traded, dividends per share as traded on the ex-date, and the splits the engine resizes positions by.
    /// Splits are listed in both, and used only with raw prices.
    /// </summary>
    public TickerSeries Apply(TickerSeries raw, PriceAdjustment adjustment, IReadOnlyList<DataFile> files)
    {
        Split[] splits = Splits(raw.Dates);
        Dividend[] dividends = Dividends(raw, adjustment);
        if (adjustment == PriceAdjustment.Raw)
        {
            return new TickerSeries(raw.Ticker, raw.Dates, raw.Open, raw.High, raw.Low, raw.Close, raw.Volume, dividends, files, splits);
        }

        int n = raw.Count;
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n], volume = new double[n];
        int k = 0;
        for (int t = 0; t < n; t++)
        {
            // Rows and bars are both in date order, so one pass finds each day's row.
            while (k < _rows.Length && _rows[k].Date < raw.Dates[t])
            {
                k++;
            }

            double factor = k < _rows.Length ? _rows[k].SplitFactor : 1;
            open[t] = raw.Open[t] * factor;
            high[t] = raw.High[t] * factor;
            low[t] = raw.Low[t] * factor;
            close[t] = raw.Close[t] * factor;
            volume[t] = raw.Volume[t] / factor;
        }

        return new TickerSeries(raw.Ticker, raw.Dates, open, high, low, close, volume, dividends, files, splits);
    }

    /// <summary>The splits, each on the first trading day after its row (the day after, past the bars' end).</summary>
    public Split[] Splits(DateOnly[] dates)
    {
        var splits = new List<Split>();
        for (int k = 0; k + 1 < _rows.Length; k++)
        {
            if (_rows[k].SplitFactor != _rows[k + 1].SplitFactor)
            {
                splits.Add(new Split(NextTradingDay(_rows[k].Date, dates), SplitRatio(_rows[k].SplitFactor, _rows[k + 1].SplitFactor)));
            }
        }

        return [.. splits];
    }

    /// <summary>New shares per old share between split factors <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <remarks>
    /// Factor files round split factors (0.00892857 for 1/112), so their quotient is a hair off the ratio (2.0000022
    /// for a 2-for-1), which would leave fractions of shares. Splits are simple fractions: the one with the smallest
    /// denominator (up to <see cref="MaxDenominator"/>) within <see cref="RatioTolerance"/> is taken, else the quotient.
    /// </remarks>
    internal static double SplitRatio(double before, double after)
    {
        double ratio = after / before;
        for (int denominator = 1; denominator <= MaxDenominator; denominator++)
        {
            double numerator = Math.Round(ratio * denominator);
            if (numerator > 0 && Math.Abs((numerator / denominator) - ratio) <= RatioTolerance * ratio)
            {
                return numerator / denominator;
            }
        }

        return ratio;
    }

    private Dividend[] Dividends(TickerSeries raw, PriceAdjustment adjustment)
    {
        var dividends = new List<Dividend>();
        for (int k = 0; k + 1 < _rows.Length; k++)
        {
            LeanFactorRow row = _rows[k], next = _rows[k + 1];
            if (row.PriceFactor == next.PriceFactor)
            {
                continue;
            }

            if (row.PriceFactor > next.PriceFactor)
            {
                throw LeanErrors.NegativeDividend(_file, row.Line, row.PriceFactor, next.PriceFactor);
            }

            double reference = row.ReferencePrice > 0 ? row.ReferencePrice : CloseOnOrBefore(raw, row.Date);
            double distribution = reference * (1 - (row.PriceFactor / next.PriceFactor));
            if (distribution <= 0)
            {
                continue;
            }

            // The distribution is per share as traded on D. Split-adjusted, it scales by D's split factor; as traded on
            // the ex-date it changes only when a split takes effect that same day, which the engine applies first.
            DateOnly exDate = NextTradingDay(row.Date, raw.Dates);
            double amount = adjustment == PriceAdjustment.Raw
                ? distribution * row.SplitFactor / SplitFactorOn(exDate)
                : distribution * row.SplitFactor;
            dividends.Add(new Dividend(exDate, amount));
        }

        return [.. dividends];
    }

    // A reference price of 0 (left out) falls back to the bars; with no bar on or before D there is nothing to price
    // the dividend by, and LEAN would pay nothing either.
    private static double CloseOnOrBefore(TickerSeries raw, DateOnly date)
    {
        int t = Array.BinarySearch(raw.Dates, date);
        t = t >= 0 ? t : ~t - 1;
        return t >= 0 ? raw.Close[t] : 0;
    }

    private static DateOnly NextTradingDay(DateOnly date, DateOnly[] dates)
    {
        int t = Array.BinarySearch(dates, date);
        t = t >= 0 ? t + 1 : ~t;
        return t < dates.Length ? dates[t] : date.AddDays(1);
    }

    private int FirstRowOnOrAfter(DateOnly date)
    {
        int lo = 0, hi = _rows.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_rows[mid].Date < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
