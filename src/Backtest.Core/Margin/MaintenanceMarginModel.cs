namespace Backtest.Core.Margin;

/// <summary>One maintenance rate for longs and one for shorts (defaults 25% and 30%, as US brokers commonly ask).</summary>
/// <param name="LongRate">Requirement as a fraction of long market value.</param>
/// <param name="ShortRate">Requirement as a fraction of absolute short market value.</param>
public sealed record MaintenanceMarginModel(double LongRate, double ShortRate) : IMarginModel
{
    /// <inheritdoc/>
    public double MaintenanceRate(int ticker, bool isShort) => isShort ? ShortRate : LongRate;
}
