using System.Numerics;
using System.Runtime.InteropServices;

namespace Backtest.Core.Metrics;

/// <summary>
/// The metrics' passes over a curve, a vector of days at a time: sweeps measure every run, and these loops were most of it.
/// </summary>
/// <remarks>Sums are taken lane by lane and then added, so they differ from a day-by-day sum in the last bits only.</remarks>
internal static class VectorSums
{
    /// <summary>Σ x.</summary>
    public static double Sum(ReadOnlySpan<double> x)
    {
        var acc = Vector<double>.Zero;
        ReadOnlySpan<Vector<double>> v = MemoryMarshal.Cast<double, Vector<double>>(x);
        foreach (Vector<double> lane in v)
        {
            acc += lane;
        }

        double sum = Vector.Sum(acc);
        for (int t = v.Length * Vector<double>.Count; t < x.Length; t++)
        {
            sum += x[t];
        }

        return sum;
    }

    /// <summary>Σ (a - meanA)(b - meanB); with a and b the same span, the sum of squared deviations.</summary>
    public static double SumProducts(ReadOnlySpan<double> a, double meanA, ReadOnlySpan<double> b, double meanB)
    {
        var acc = Vector<double>.Zero;
        var ma = new Vector<double>(meanA);
        var mb = new Vector<double>(meanB);
        ReadOnlySpan<Vector<double>> va = MemoryMarshal.Cast<double, Vector<double>>(a);
        ReadOnlySpan<Vector<double>> vb = MemoryMarshal.Cast<double, Vector<double>>(b);
        for (int k = 0; k < va.Length; k++)
        {
            acc += (va[k] - ma) * (vb[k] - mb);
        }

        double sum = Vector.Sum(acc);
        for (int t = va.Length * Vector<double>.Count; t < a.Length; t++)
        {
            sum += (a[t] - meanA) * (b[t] - meanB);
        }

        return sum;
    }

    /// <summary>Σ r, Σ min(r - target, 0)², and min r (NaN when empty).</summary>
    public static (double Sum, double Downside, double Min) Returns(ReadOnlySpan<double> r, double target)
    {
        if (r.IsEmpty)
        {
            return (0, 0, double.NaN);
        }

        var sum = Vector<double>.Zero;
        var downside = Vector<double>.Zero;
        var min = new Vector<double>(r[0]);
        var goal = new Vector<double>(target);
        ReadOnlySpan<Vector<double>> v = MemoryMarshal.Cast<double, Vector<double>>(r);
        foreach (Vector<double> lane in v)
        {
            sum += lane;
            Vector<double> shortfall = Vector.Min(lane - goal, Vector<double>.Zero);
            downside += shortfall * shortfall;
            min = Vector.Min(min, lane);
        }

        double s = Vector.Sum(sum), d = Vector.Sum(downside), m = r[0];
        for (int k = 0; k < Vector<double>.Count && v.Length > 0; k++)
        {
            m = Math.Min(m, min[k]);
        }

        for (int t = v.Length * Vector<double>.Count; t < r.Length; t++)
        {
            s += r[t];
            double shortfall = Math.Min(r[t] - target, 0);
            d += shortfall * shortfall;
            m = Math.Min(m, r[t]);
        }

        return (s, d, m);
    }

    /// <summary>
    /// r[t] = equity[t] / equity[t-1] - 1 with equity[-1] = <paramref name="capital"/>, as <see cref="DailyReturns"/>;
    /// a curve that touches zero (ruin) goes day by day, so that a return after it is 0 as there.
    /// </summary>
    public static void DailyReturns(ReadOnlySpan<double> equity, double capital, Span<double> returns)
    {
        int n = equity.Length, width = Vector<double>.Count;
        if (n <= width || capital == 0 || equity.Contains(0))
        {
            Metrics.DailyReturns.Into(equity, capital, returns);
            return;
        }

        returns[0] = (equity[0] / capital) - 1;
        int t = 1;
        for (; t + width <= n; t += width)
        {
            var now = new Vector<double>(equity[t..]);
            var before = new Vector<double>(equity[(t - 1)..]);
            ((now / before) - Vector<double>.One).CopyTo(returns[t..]);
        }

        for (; t < n; t++)
        {
            returns[t] = (equity[t] / equity[t - 1]) - 1;
        }
    }
}
