namespace Backtest.Core.Borrow;

/// <summary>Remembers the line of each ticker and date read so far, so a second row for them names the first.</summary>
internal sealed class BorrowRowLines(string path)
{
    private readonly Dictionary<(string Ticker, DateOnly Date), int> _lines = new(new TickerDateComparer());

    /// <summary>Records <paramref name="ticker"/> on <paramref name="date"/> at <paramref name="line"/>, or fails when it was read before.</summary>
    public void Add(string ticker, DateOnly date, int line)
    {
        if (!_lines.TryAdd((ticker, date), line))
        {
            throw BorrowErrors.Repeated(path, line, ticker, date, _lines[(ticker, date)]);
        }
    }

    // Tickers match without regard to case, as the panel matches them.
    private sealed class TickerDateComparer : IEqualityComparer<(string Ticker, DateOnly Date)>
    {
        public bool Equals((string Ticker, DateOnly Date) x, (string Ticker, DateOnly Date) y) =>
            x.Date == y.Date && string.Equals(x.Ticker, y.Ticker, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Ticker, DateOnly Date) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Ticker), key.Date);
    }
}
