namespace Backtest.Core.Data.Checks;

/// <summary>The plain facts of a loaded ticker, for the check's table.</summary>
/// <param name="First">The first trading day in the file.</param>
/// <param name="Last">The last trading day in the file.</param>
/// <param name="Rows">The number of bars.</param>
/// <param name="Dividends">The number of dividends (0 without a dividends file).</param>
public sealed record SeriesFacts(DateOnly First, DateOnly Last, int Rows, int Dividends)
{
    /// <summary>The facts of <paramref name="series"/>.</summary>
    public static SeriesFacts Of(TickerSeries series) => new(series.FirstDate, series.LastDate, series.Count, series.Dividends.Length);
}
