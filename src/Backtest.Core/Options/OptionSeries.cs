namespace Backtest.Core.Options;

/// <summary>One contract's model marks, deltas and volatilities at each close of its life on a panel.</summary>
/// <remarks>Immutable once built, but for a cache of prices at the open (each the same number whichever run writes it), so
/// runs on several threads may share it.</remarks>
public sealed class OptionSeries
{
    private readonly double[] _marks;
    private readonly double[] _deltas;
    private readonly double[] _vols;
    private readonly double[] _rates;
    private readonly double[] _years;
    private readonly double[] _openPrices;

    internal OptionSeries(OptionContract contract, int underlying, int firstDay, int expiryDay, double anchoredVolatility, VolatilitySource source, double dividendYield, double[] rates, double[] years, double[] marks, double[] deltas, double[] vols)
    {
        _years = years;
        VolatilitySource = source;
        DividendYield = dividendYield;
        _rates = rates;
        Contract = contract;
        Underlying = underlying;
        FirstDay = firstDay;
        ExpiryDay = expiryDay;
        AnchoredVolatility = anchoredVolatility;
        _marks = marks;
        _deltas = deltas;
        _vols = vols;
        _openPrices = new double[marks.Length];
        Array.Fill(_openPrices, double.NaN);
    }

    /// <summary>The contract.</summary>
    public OptionContract Contract { get; }

    /// <summary>The underlying's index in the panel.</summary>
    public int Underlying { get; }

    /// <summary>The first day marked.</summary>
    public int FirstDay { get; }

    /// <summary>The last day marked: the expiry day, or the panel's last day when the contract expires after it.</summary>
    public int LastDay => FirstDay + _marks.Length - 1;

    /// <summary>The day the contract settles at the close (the last trading day on or before its expiry), or -1 when that is after the panel.</summary>
    public int ExpiryDay { get; }

    /// <summary>The volatility solved from the premium the strategy anchored it to, or NaN when it follows the volatility rule.</summary>
    public double AnchoredVolatility { get; }

    /// <summary>Where the volatility came from.</summary>
    public VolatilitySource VolatilitySource { get; }

    /// <summary>The dividend yield the marks used.</summary>
    public double DividendYield { get; }

    /// <summary>The rate the mark of day <paramref name="t"/> used.</summary>
    public double Rate(int t) => _rates[t];

    /// <summary>The years to expiry the mark of day <paramref name="t"/> used (0 on the expiry day, whose close settles it).</summary>
    public double Years(int t) => _years[t - FirstDay];

    /// <summary>The model price per share at the close of day <paramref name="t"/> (intrinsic value on the expiry day).</summary>
    public double Mark(int t) => _marks[t - FirstDay];

    /// <summary>The model delta at the close of day <paramref name="t"/>.</summary>
    public double Delta(int t) => _deltas[t - FirstDay];

    /// <summary>The volatility the mark of day <paramref name="t"/> used.</summary>
    public double Volatility(int t) => _vols[t - FirstDay];

    /// <summary>The model price at the open of day <paramref name="t"/> if already priced, else NaN.</summary>
    internal double OpenPrice(int t) => _openPrices[t - FirstDay];

    /// <summary>Keeps the model price at the open of day <paramref name="t"/> for later runs.</summary>
    internal void KeepOpenPrice(int t, double price) => _openPrices[t - FirstDay] = price;

    /// <summary>Whether day <paramref name="t"/> is marked.</summary>
    public bool Covers(int t) => t >= FirstDay && t <= LastDay;
}
