namespace Backtest.Core.Metrics;

/// <summary>One line of the cost split: its effect on equity in money and as a share of the starting capital.</summary>
/// <param name="Name">What it is (commission, borrow fees, dividends received, ...).</param>
/// <param name="Amount">Effect on equity: negative for a cost, positive for an income.</param>
/// <param name="OfCapital">Amount / starting capital.</param>
public sealed record CostShare(string Name, double Amount, double OfCapital);
