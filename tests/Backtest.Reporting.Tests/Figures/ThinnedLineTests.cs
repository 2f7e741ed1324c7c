using Backtest.Reporting.Figures;
using Backtest.Reporting.Style;

namespace Backtest.Reporting.Tests.Figures;

[TestFixture]
public class ThinnedLineTests
{
    [Test]
    public void Thin_KeepsEachColumnsLowestAndHighestInOrderAndBothEnds()
    {
        // Ten points in two columns of x (0..4.5 and 4.5..9): the first holds 5, 1, 9, 4, 2 and the second 3, 8, 0, 7, 6.
        double[] x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        double[] y = [5, 1, 9, 4, 2, 3, 8, 0, 7, 6];

        (double[] xs, double[] ys) = ThinnedLine.Thin(x, y, columns: 2);

        // Column one: its first point (the line's start), its low 1 at x=1, its high 9 at x=2. Column two: its high 8 at
        // x=6, its low 0 at x=7, and the line's end 6 at x=9.
        Assert.That(xs, Is.EqualTo(new double[] { 0, 1, 2, 6, 7, 9 }));
        Assert.That(ys, Is.EqualTo(new double[] { 5, 1, 9, 8, 0, 6 }));
    }

    [Test]
    public void Thin_OfADailyCurveOfTwentySixYears_KeepsEveryColumnsEnvelopeInAThirdOfThePoints()
    {
        var random = new Random(3);
        double[] x = [.. Enumerable.Range(0, 6600).Select(t => 36526.0 + (t * 1.45))];
        double[] y = new double[6600];
        y[0] = 100;
        for (int t = 1; t < y.Length; t++)
        {
            y[t] = y[t - 1] * Math.Exp(0.02 * (random.NextDouble() - 0.5));
        }

        int columns = ThinnedLine.Columns(FigureSize.Column);
        (double[] xs, double[] ys) = ThinnedLine.Thin(x, y, columns);

        // 6.5 inches, a column a point: 468 columns, at most two points each.
        Assert.That(columns, Is.EqualTo(468));
        Assert.That(xs, Has.Length.LessThanOrEqualTo((2 * columns) + 2).And.Length.LessThan(y.Length / 3));
        Assert.That(xs, Is.Ordered.Ascending);
        double width = (x[^1] - x[0]) / columns;
        for (int c = 0; c < columns; c++)
        {
            double from = x[0] + (c * width), to = c == columns - 1 ? double.MaxValue : from + width;
            double[] all = [.. Enumerable.Range(0, y.Length).Where(t => x[t] >= from && x[t] < to).Select(t => y[t])];
            double[] kept = [.. Enumerable.Range(0, xs.Length).Where(k => xs[k] >= from && xs[k] < to).Select(k => ys[k])];
            Assert.That((kept.Min(), kept.Max()), Is.EqualTo((all.Min(), all.Max())), $"column {c}");
        }

        Assert.That((xs[0], ys[0], xs[^1], ys[^1]), Is.EqualTo((x[0], y[0], x[^1], y[^1])));
    }

    [Test]
    public void Thin_OfAShortLineOrOneWithAGap_ChangesNothing()
    {
        double[] x = [.. Enumerable.Range(0, 1000).Select(t => (double)t)];
        double[] y = [.. x.Select(v => Math.Sin(v))];
        double[] gap = [.. y];
        gap[500] = double.NaN;

        Assert.That(ThinnedLine.Thin(x, y, 500).X, Is.SameAs(x), "two points a column: nothing to thin");
        Assert.That(ThinnedLine.Thin(x, gap, 100).Y, Is.SameAs(gap), "a gap is kept as it is");
    }
}
