using ScottPlot;
using ScottPlot.Plottables;

namespace Backtest.Reporting.Tests.Support;

/// <summary>The lines of a built figure, found by their legend text.</summary>
internal static class PlotLines
{
    /// <summary>The points of the one scatter line whose legend starts with <paramref name="legendStart"/>.</summary>
    public static Coordinates[] Points(Plot plot, string legendStart)
    {
        Scatter[] lines = [.. plot.GetPlottables().OfType<Scatter>().Where(s => s.LegendText.StartsWith(legendStart, StringComparison.Ordinal))];
        Assert.That(lines, Has.Length.EqualTo(1), $"lines whose legend starts with '{legendStart}'");
        return [.. lines[0].Data.GetScatterPoints()];
    }

    /// <summary>The legend texts of every scatter line, in drawing order.</summary>
    public static string[] Legends(Plot plot) => [.. plot.GetPlottables().OfType<Scatter>().Select(s => s.LegendText)];
}
