namespace Backtest.Core.Margin;

/// <summary>One maintenance rate for longs and one for shorts (defaults 25% and 30%, as US brokers commonly ask).</summary>
/// <param name="LongRate">Requirement as a fraction of long market value.</param>
/// <param name="ShortRate">Requirement as a fraction of absolute short market value.</param>
public sealed record MaintenanceMarginModel(double LongRate, double ShortRate) : IMarginModel
{
    /// <summary>
    /// The requirement on a long option as a fraction of its value: it is paid in full and lends nothing, as Reg T treats
    /// options of up to nine months (the engine applies it to every long option, a simplification for longer ones).
    /// </summary>
    public const double LongOptionRate = 1;

    /// <inheritdoc/>
    public double MaintenanceRate(int ticker, bool isShort) => isShort ? ShortRate : LongRate;
}
