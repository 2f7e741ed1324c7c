using Backtest.Core.Metrics;

namespace Backtest.Core.Results;

/// <summary>Headline numbers as written to <c>metrics.json</c>; a number that is undefined (a flat curve's Sharpe) is null.</summary>
/// <param name="TotalReturn">Total return, as a fraction.</param>
/// <param name="Cagr">Compound annual growth, as a fraction.</param>
/// <param name="Volatility">Annualised volatility, as a fraction.</param>
/// <param name="Sharpe">Annualised Sharpe ratio.</param>
/// <param name="MaxDrawdown">Deepest drawdown, as a negative fraction.</param>
/// <param name="FinalEquity">Equity at the last close.</param>
public sealed record SummaryRecord(double? TotalReturn, double? Cagr, double? Volatility, double? Sharpe, double? MaxDrawdown, double FinalEquity)
{
    /// <summary>The record of <paramref name="summary"/> for a curve ending at <paramref name="finalEquity"/>.</summary>
    public static SummaryRecord Of(PerformanceSummary summary, double finalEquity) => new(
        Defined(summary.TotalReturn),
        Defined(summary.Cagr),
        Defined(summary.Volatility),
        Defined(summary.Sharpe),
        Defined(summary.MaxDrawdown),
        finalEquity);

    private static double? Defined(double value) => double.IsFinite(value) ? value : null;
}
