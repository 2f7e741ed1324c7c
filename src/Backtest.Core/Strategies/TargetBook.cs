namespace Backtest.Core.Strategies;

/// <summary>Where a strategy writes what it wants at a decision: target weights, target quantities or explicit orders.</summary>
/// <remarks>One book is reused for every decision of a run, so deciding allocates nothing. Tickers left alone keep their position.</remarks>
public sealed class TargetBook
{
    private readonly TargetKind[] _kinds;
    private readonly double[] _values;

    internal TargetBook(int tickers)
    {
        _kinds = new TargetKind[tickers];
        _values = new double[tickers];
    }

    /// <summary>Hold <paramref name="weight"/> of equity in ticker <paramref name="ticker"/> (negative = short; -0.8 is a short worth 80% of equity).</summary>
    public void SetWeight(int ticker, double weight) => Set(ticker, TargetKind.Weight, weight);

    /// <summary>Hold exactly <paramref name="quantity"/> of ticker <paramref name="ticker"/> (negative = short).</summary>
    public void SetQuantity(int ticker, double quantity) => Set(ticker, TargetKind.Quantity, quantity);

    /// <summary>Buy (positive) or sell (negative) <paramref name="quantity"/> of ticker <paramref name="ticker"/>.</summary>
    public void Order(int ticker, double quantity) => Set(ticker, TargetKind.Order, quantity);

    /// <summary>Close the position in ticker <paramref name="ticker"/>.</summary>
    public void Close(int ticker) => Set(ticker, TargetKind.Quantity, 0);

    /// <summary>What was asked for ticker <paramref name="ticker"/>.</summary>
    public TargetKind KindOf(int ticker) => _kinds[ticker];

    /// <summary>The weight, quantity or order size asked for ticker <paramref name="ticker"/>.</summary>
    public double ValueOf(int ticker) => _values[ticker];

    internal void Clear()
    {
        Array.Clear(_kinds);
        Array.Clear(_values);
    }

    private void Set(int ticker, TargetKind kind, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"a {kind} target must be a finite number");
        }

        _kinds[ticker] = kind;
        _values[ticker] = value;
    }
}
