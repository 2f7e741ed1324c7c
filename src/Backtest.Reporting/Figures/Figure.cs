using Backtest.Reporting.Input;
using ScottPlot;

namespace Backtest.Reporting.Figures;

/// <summary>A named figure of a run: its file name and how to draw it.</summary>
/// <param name="Name">The file name, without extension.</param>
/// <param name="Build">Draws it.</param>
public sealed record Figure(string Name, Func<SavedRun, ReportOptions, Plot> Build)
{
    /// <summary>Every figure of a report, in the order the tear sheet shows them.</summary>
    public static IReadOnlyList<Figure> All { get; } =
    [
        new("equity", EquityFigure.Build),
        new("drawdown", DrawdownFigure.Build),
        new("exposure", ExposureFigure.Build),
        new("monthly-returns", MonthlyReturnsFigure.Build),
        new("rolling-volatility", RollingFigure.Volatility),
        new("rolling-sharpe", RollingFigure.Sharpe),
        new("costs", CostFigure.Build),
        new("pnl-by-ticker", ContributionFigure.Build),
    ];
}
