namespace Backtest.Core.Parameters;

/// <summary>A rate with per-ticker overrides, such as a default borrow fee and a dearer one for PLTR.</summary>
public sealed class TickerRates
{
    private readonly SortedDictionary<string, double> _overrides;

    /// <summary>Creates rates with a default and no overrides.</summary>
    public TickerRates(double defaultRate)
        : this(defaultRate, new SortedDictionary<string, double>(StringComparer.Ordinal))
    {
    }

    private TickerRates(double defaultRate, SortedDictionary<string, double> overrides)
    {
        Default = defaultRate;
        _overrides = overrides;
    }

    /// <summary>The rate of tickers without an override.</summary>
    public double Default { get; }

    /// <summary>The overrides, by upper-case ticker.</summary>
    public IReadOnlyDictionary<string, double> Overrides => _overrides;

    /// <summary>The rate of <paramref name="ticker"/>.</summary>
    public double For(string ticker) => _overrides.TryGetValue(ticker.ToUpperInvariant(), out double rate) ? rate : Default;

    /// <summary>A copy with a new default, keeping the overrides.</summary>
    public TickerRates WithDefault(double rate) => new(rate, new SortedDictionary<string, double>(_overrides, StringComparer.Ordinal));

    /// <summary>A copy with <paramref name="ticker"/> overridden to <paramref name="rate"/>.</summary>
    public TickerRates With(string ticker, double rate)
    {
        var copy = new SortedDictionary<string, double>(_overrides, StringComparer.Ordinal)
        {
            [ticker.ToUpperInvariant()] = rate,
        };
        return new TickerRates(Default, copy);
    }
}
