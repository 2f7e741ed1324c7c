using ScottPlot;

namespace Backtest.Reporting.Sweeps;

/// <summary>A sweep's figure and what it was drawn from: the table, and the line or the heatmap it shows.</summary>
/// <param name="Table">The sweep as read.</param>
/// <param name="Plot">The figure.</param>
/// <param name="Line">The line shown, when one parameter was varied.</param>
/// <param name="Heatmap">The heatmap shown, when two or more were.</param>
internal sealed record SweepDrawing(SweepTable Table, Plot Plot, SweepLine? Line, SweepHeatmap? Heatmap);
