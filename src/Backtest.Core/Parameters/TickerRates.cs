namespace Backtest.Core.Parameters;

/// <summary>
/// A rate with per-ticker overrides, such as a default borrow fee and a dearer one for PLTR, and (where the parameter
/// allows it) dated overrides that hold from a date on: <c>borrowFee.PLTR@2026-01-15=0.5</c>.
/// </summary>
public sealed class TickerRates
{
    private readonly SortedDictionary<string, double> _overrides;

    // Keyed TICKER@yyyy-MM-dd: ordinal order is by ticker, then date.
    private readonly SortedDictionary<string, double> _dated;

    /// <summary>Creates rates with a default and no overrides.</summary>
    public TickerRates(double defaultRate)
        : this(defaultRate, new SortedDictionary<string, double>(StringComparer.Ordinal), new SortedDictionary<string, double>(StringComparer.Ordinal))
    {
    }

    private TickerRates(double defaultRate, SortedDictionary<string, double> overrides, SortedDictionary<string, double> dated)
    {
        Default = defaultRate;
        _overrides = overrides;
        _dated = dated;
    }

    /// <summary>The rate of tickers without an override.</summary>
    public double Default { get; }

    /// <summary>The overrides, by upper-case ticker.</summary>
    public IReadOnlyDictionary<string, double> Overrides => _overrides;

    /// <summary>The dated overrides, keyed <c>TICKER@yyyy-MM-dd</c> (upper-case ticker): each holds from its date on, over the data and the undated rate.</summary>
    public IReadOnlyDictionary<string, double> DatedOverrides => _dated;

    /// <summary>The dated overrides as (ticker, first date, rate), by ticker and then date.</summary>
    public IEnumerable<(string Ticker, DateOnly From, double Rate)> Dated()
    {
        foreach ((string key, double rate) in _dated)
        {
            int at = key.IndexOf('@', StringComparison.Ordinal);
            yield return (key[..at], DateOnly.ParseExact(key[(at + 1)..], "yyyy-MM-dd"), rate);
        }
    }

    /// <summary>The rate of <paramref name="ticker"/>.</summary>
    public double For(string ticker) => _overrides.TryGetValue(ticker.ToUpperInvariant(), out double rate) ? rate : Default;

    /// <summary>A copy with a new default, keeping the overrides.</summary>
    public TickerRates WithDefault(double rate) => new(rate, Copy(_overrides), Copy(_dated));

    /// <summary>A copy with <paramref name="ticker"/> overridden to <paramref name="rate"/>.</summary>
    public TickerRates With(string ticker, double rate)
    {
        SortedDictionary<string, double> copy = Copy(_overrides);
        copy[ticker.ToUpperInvariant()] = rate;
        return new TickerRates(Default, copy, Copy(_dated));
    }

    /// <summary>A copy with <paramref name="ticker"/> at <paramref name="rate"/> from <paramref name="from"/> on.</summary>
    public TickerRates With(string ticker, DateOnly from, double rate)
    {
        SortedDictionary<string, double> copy = Copy(_dated);
        copy[$"{ticker.ToUpperInvariant()}@{ParameterText.Format(from)}"] = rate;
        return new TickerRates(Default, Copy(_overrides), copy);
    }

    private static SortedDictionary<string, double> Copy(SortedDictionary<string, double> values) => new(values, StringComparer.Ordinal);
}
