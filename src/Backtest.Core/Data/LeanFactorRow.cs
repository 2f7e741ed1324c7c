namespace Backtest.Core.Data;

/// <summary>One line of a LEAN factor file: <c>yyyyMMdd,price factor,split factor,reference price</c>.</summary>
/// <param name="Date">The last trading day the factors apply to (they cover the days after the previous row's date up to this one).</param>
/// <param name="PriceFactor">The cumulative dividend factor of those days' prices.</param>
/// <param name="SplitFactor">The cumulative split factor: raw price x split factor = split-adjusted price.</param>
/// <param name="ReferencePrice">The raw close on <see cref="Date"/> (0 when the file leaves it out).</param>
/// <param name="Line">The line of the file the row was read from, for messages.</param>
public readonly record struct LeanFactorRow(DateOnly Date, double PriceFactor, double SplitFactor, double ReferencePrice, int Line);
