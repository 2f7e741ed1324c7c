namespace Backtest.Core.Strategies;

/// <summary>Where a strategy writes what it wants at a decision: target weights, target quantities or explicit orders.</summary>
/// <remarks>
/// Instruments are numbered as in <see cref="DecisionContext"/>: the tickers first, then the option contracts the strategy
/// asked for with <see cref="DecisionContext.Option(in Options.OptionContract)"/>. For an option, a quantity is a number of
/// contracts and a weight is the contracts' premium value as a share of equity (0.02 holds puts worth 2% of equity).
/// One book is reused for every decision of a run, so deciding allocates nothing. Instruments left alone keep their position.
/// </remarks>
public sealed class TargetBook
{
    private TargetKind[] _kinds;
    private double[] _values;
    private int _used;

    internal TargetBook(int tickers)
    {
        _kinds = new TargetKind[tickers];
        _values = new double[tickers];
        _used = tickers;
    }

    /// <summary>Hold <paramref name="weight"/> of equity in instrument <paramref name="ticker"/> (negative = short; -0.8 is a short worth 80% of equity).</summary>
    public void SetWeight(int ticker, double weight) => Set(ticker, TargetKind.Weight, weight);

    /// <summary>Hold exactly <paramref name="quantity"/> of instrument <paramref name="ticker"/> (shares or contracts; negative = short).</summary>
    public void SetQuantity(int ticker, double quantity) => Set(ticker, TargetKind.Quantity, quantity);

    /// <summary>Buy (positive) or sell (negative) <paramref name="quantity"/> of instrument <paramref name="ticker"/>.</summary>
    public void Order(int ticker, double quantity) => Set(ticker, TargetKind.Order, quantity);

    /// <summary>Close the position in instrument <paramref name="ticker"/>.</summary>
    public void Close(int ticker) => Set(ticker, TargetKind.Quantity, 0);

    /// <summary>What was asked for instrument <paramref name="ticker"/>.</summary>
    public TargetKind KindOf(int ticker) => ticker < _kinds.Length ? _kinds[ticker] : TargetKind.None;

    /// <summary>The weight, quantity or order size asked for instrument <paramref name="ticker"/>.</summary>
    public double ValueOf(int ticker) => ticker < _values.Length ? _values[ticker] : 0;

    /// <summary>One past the highest instrument ever set.</summary>
    internal int Used => _used;

    internal void Clear()
    {
        Array.Clear(_kinds, 0, _used);
        Array.Clear(_values, 0, _used);
    }

    private void Set(int ticker, TargetKind kind, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"a {kind} target must be a finite number");
        }

        if (ticker >= _kinds.Length)
        {
            // An option contract asked for during this decision: grow, which happens once per new contract.
            int size = Math.Max(ticker + 1, _kinds.Length * 2);
            Array.Resize(ref _kinds, size);
            Array.Resize(ref _values, size);
        }

        _kinds[ticker] = kind;
        _values[ticker] = value;
        _used = Math.Max(_used, ticker + 1);
    }
}
