namespace Backtest.Core.Costs;

/// <summary>A borrow rate per ticker that does not change over the run.</summary>
public sealed class ConstantBorrowFeeModel : IBorrowFeeModel
{
    private readonly double[] _rates;

    /// <summary>Creates the model with one annual rate per panel ticker.</summary>
    public ConstantBorrowFeeModel(double[] rates) => _rates = rates;

    /// <inheritdoc/>
    public double AnnualRate(int ticker, int day) => _rates[ticker];

    /// <inheritdoc/>
    public bool VariesByDay => false;
}
