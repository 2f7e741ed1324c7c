using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Backtest.Reporting.Figures;

/// <summary>
/// Money ticks in one unit per axis, with the dollar sign: $0.90M, $0.95M, ... $1.25M rather than 900k next to 1.25M.
/// </summary>
/// <remarks>
/// ScottPlot picks the tick positions; the unit (B, M, k or none) is the one of the largest tick, and every label gets
/// the decimals the step needs, so neighbouring labels never read the same.
/// </remarks>
internal sealed class MoneyTicks : ITickGenerator
{
    private readonly NumericAutomatic _positions = new();

    /// <inheritdoc/>
    public Tick[] Ticks { get; set; } = [];

    /// <inheritdoc/>
    public int MaxTickCount
    {
        get => _positions.MaxTickCount;
        set => _positions.MaxTickCount = value;
    }

    /// <inheritdoc/>
    public void Regenerate(CoordinateRange range, Edge edge, PixelLength size, Paint paint, LabelStyle labelStyle)
    {
        _positions.Regenerate(range, edge, size, paint, labelStyle);
        double[] majors = [.. _positions.Ticks.Where(t => t.IsMajor).Select(t => t.Position)];
        Ticks = [.. _positions.Ticks.Select(t => t.IsMajor ? new Tick(t.Position, Labels(majors).Invoke(t.Position), true) : t)];
    }

    /// <summary>The labeller of ticks at <paramref name="majors"/>: one unit and enough decimals for their step.</summary>
    internal static Func<double, string> Labels(IReadOnlyList<double> majors)
    {
        double largest = majors.Count == 0 ? 0 : majors.Max(Math.Abs);
        (double scale, string unit) = Axis.MoneyUnit(largest);
        double step = majors.Count < 2 ? largest : majors.Zip(majors.Skip(1), (a, b) => Math.Abs(b - a)).Where(d => d > 0).DefaultIfEmpty(largest).Min();
        // The fewest decimals that write the step exactly (0.05M needs two, 2.5 needs one), at most three.
        int decimals = 0;
        while (decimals < 3 && step > 0 && Math.Abs((step / scale * Math.Pow(10, decimals)) - Math.Round(step / scale * Math.Pow(10, decimals))) > 1e-6)
        {
            decimals++;
        }

        string format = decimals == 0 ? "0" : "0." + new string('0', decimals);
        return value =>
        {
            string number = (Math.Abs(value) / scale).ToString(format, CultureInfo.InvariantCulture);
            bool zero = number.Trim('0', '.').Length == 0;
            return (value < 0 && !zero ? "-$" : "$") + number + (zero ? string.Empty : unit);
        };
    }
}
