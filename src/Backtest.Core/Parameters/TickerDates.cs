namespace Backtest.Core.Parameters;

/// <summary>A date per ticker, such as the day a lender recalls the PLTR shares: <c>recall.PLTR=2026-03-02</c>.</summary>
public sealed class TickerDates
{
    private readonly SortedDictionary<string, DateOnly> _dates;

    /// <summary>No dates.</summary>
    public TickerDates()
        : this(new SortedDictionary<string, DateOnly>(StringComparer.Ordinal))
    {
    }

    private TickerDates(SortedDictionary<string, DateOnly> dates) => _dates = dates;

    /// <summary>The dates, by upper-case ticker.</summary>
    public IReadOnlyDictionary<string, DateOnly> Dates => _dates;

    /// <summary>A copy with <paramref name="ticker"/> on <paramref name="date"/> (replacing its date if it had one).</summary>
    public TickerDates With(string ticker, DateOnly date) =>
        new(new SortedDictionary<string, DateOnly>(_dates, StringComparer.Ordinal) { [ticker.ToUpperInvariant()] = date });
}
