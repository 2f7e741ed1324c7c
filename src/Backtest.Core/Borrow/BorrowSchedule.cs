namespace Backtest.Core.Borrow;

/// <summary>
/// Borrow terms laid over a price panel: for each panel ticker and day, the fee rate, rebate rate and shares
/// available from the row in force that day, or NaN where no row is in force (or the row in force does not give that
/// number), so the caller falls back to the constant <c>borrowFee</c>.
/// </summary>
/// <remarks>
/// A row holds from the first panel day on or after its date until the first panel day on or after the ticker's next
/// row. So a row dated on a weekend takes effect on the Monday; of two rows before the same panel day the later one
/// wins; rows before the first panel day leave the latest of them in force on the first day; rows after the last panel
/// day are never in force. Tickers match the panel's without regard to case; rows for tickers not in the panel are
/// ignored. The arrays are ticker-major like the panel: ticker <c>i</c>, day <c>t</c> sits at <c>i * days + t</c>.
/// </remarks>
public sealed class BorrowSchedule
{
    private readonly double[] _fees;
    private readonly double[] _rebates;
    private readonly double[] _available;

    /// <summary>
    /// Lays <paramref name="rows"/> over the panel's <paramref name="dates"/> (increasing) and <paramref name="tickers"/>.
    /// Two rows for one ticker (any case) and date are the readers' error; here the later in <paramref name="rows"/> wins.
    /// </summary>
    public BorrowSchedule(IEnumerable<BorrowRow> rows, DateOnly[] dates, IReadOnlyList<string> tickers)
    {
        Days = dates.Length;
        TickerCount = tickers.Count;
        int cells = TickerCount * Days;
        _fees = new double[cells];
        _rebates = new double[cells];
        _available = new double[cells];
        Array.Fill(_fees, double.NaN);
        Array.Fill(_rebates, double.NaN);
        Array.Fill(_available, double.NaN);

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < tickers.Count; i++)
        {
            index.TryAdd(tickers[i], i);
        }

        var byTicker = new List<BorrowRow>?[TickerCount];
        foreach (BorrowRow row in rows)
        {
            if (index.TryGetValue(row.Ticker, out int i))
            {
                (byTicker[i] ??= []).Add(row);
            }
        }

        for (int i = 0; i < TickerCount; i++)
        {
            if (byTicker[i] is { } tickerRows)
            {
                Lay(i, tickerRows, dates);
            }
        }

        GivenRebates = AnyGiven(_rebates);
        GivenAvailable = AnyGiven(_available);
    }

    /// <summary>The panel's number of days.</summary>
    public int Days { get; }

    /// <summary>The panel's number of tickers.</summary>
    public int TickerCount { get; }

    /// <summary>The annual fee rate of ticker <paramref name="ticker"/> on day <paramref name="day"/>, or NaN where the data gives none.</summary>
    public double Fee(int ticker, int day) => _fees[(ticker * Days) + day];

    /// <summary>Whether the data gives ticker <paramref name="ticker"/> a fee rate on day <paramref name="day"/>.</summary>
    public bool HasFee(int ticker, int day) => !double.IsNaN(_fees[(ticker * Days) + day]);

    /// <summary>The annual rebate rate of ticker <paramref name="ticker"/> on day <paramref name="day"/>, or NaN where the data gives none.</summary>
    public double Rebate(int ticker, int day) => _rebates[(ticker * Days) + day];

    /// <summary>The shares available to borrow of ticker <paramref name="ticker"/> on day <paramref name="day"/>, or NaN where the data gives none.</summary>
    public double Available(int ticker, int day) => _available[(ticker * Days) + day];

    /// <summary>The rebate rates when any is given, else null: a run whose data gives none reads no rebate array.</summary>
    internal double[]? GivenRebates { get; }

    /// <summary>The shares available when any is given, else null: a run whose data gives none checks no limit.</summary>
    internal double[]? GivenAvailable { get; }

    /// <summary>Whether any row gives ticker <paramref name="ticker"/> a fee, rebate or availability on some panel day.</summary>
    public bool GivesAnything(int ticker)
    {
        for (int at = ticker * Days; at < (ticker + 1) * Days; at++)
        {
            if (!double.IsNaN(_fees[at]) || !double.IsNaN(_rebates[at]) || !double.IsNaN(_available[at]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All fee rates, ticker-major (<c>[ticker * Days + day]</c>), NaN where none.</summary>
    public ReadOnlySpan<double> Fees => _fees;

    /// <summary>All rebate rates, ticker-major (<c>[ticker * Days + day]</c>), NaN where none.</summary>
    public ReadOnlySpan<double> Rebates => _rebates;

    /// <summary>All shares available, ticker-major (<c>[ticker * Days + day]</c>), NaN where none.</summary>
    public ReadOnlySpan<double> AvailableShares => _available;

    // The array itself (shared, never written after construction) if any value is given.
    private static double[]? AnyGiven(double[] values) => Array.Exists(values, v => !double.IsNaN(v)) ? values : null;

    private void Lay(int ticker, List<BorrowRow> rows, DateOnly[] dates)
    {
        // Stable by date, so of two rows on one date the later in the input holds.
        BorrowRow[] ordered = [.. rows.OrderBy(row => row.Date)];
        int offset = ticker * Days;
        for (int k = 0; k < ordered.Length; k++)
        {
            // A row dated before the first panel day still starts on day 0: BinarySearch gives 0 for it.
            int start = StockLoan.FirstDayFrom(dates, ordered[k].Date);
            int end = k + 1 < ordered.Length ? StockLoan.FirstDayFrom(dates, ordered[k + 1].Date) : Days;
            BorrowRow row = ordered[k];
            for (int t = start; t < end; t++)
            {
                _fees[offset + t] = row.Fee ?? double.NaN;
                _rebates[offset + t] = row.Rebate ?? double.NaN;
                _available[offset + t] = row.Available ?? double.NaN;
            }
        }
    }
}
