using Backtest.Core.Metrics;

namespace Backtest.Core.Tests.Metrics;

/// <summary>The vectorised passes agree with plain day-by-day loops, whatever the length (whole vectors and a remainder).</summary>
[TestFixture]
public class VectorSumsTests
{
    private static double[] Curve(int n, int seed)
    {
        var random = new Random(seed);
        var equity = new double[n];
        double value = 1_000;
        for (int t = 0; t < n; t++)
        {
            value *= 1 + ((random.NextDouble() - 0.5) * 0.06);
            equity[t] = value;
        }

        return equity;
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(9)]
    [TestCase(1421)]
    public void Passes_AnyLength_EqualTheDayByDayLoops(int n)
    {
        double[] equity = Curve(n, n), other = Curve(n, n + 7);
        var returns = new double[n];

        VectorSums.DailyReturns(equity, 1_000, returns);
        double[] expected = DailyReturns.From(equity, 1_000);
        (double sum, double downside, double min) = VectorSums.Returns(returns, 0.0001);

        double s = 0, d = 0, m = double.MaxValue, products = 0;
        for (int t = 0; t < n; t++)
        {
            s += expected[t];
            d += Math.Pow(Math.Min(expected[t] - 0.0001, 0), 2);
            m = Math.Min(m, expected[t]);
        }

        double mean = s / n, meanOther = other.Average();
        for (int t = 0; t < n; t++)
        {
            products += (expected[t] - mean) * (other[t] - meanOther);
        }

        Assert.That(returns, Is.EqualTo(expected), "a division is a division, a lane or not");
        Assert.That(sum, Is.EqualTo(s).Within(1e-15 * n));
        Assert.That(downside, Is.EqualTo(d).Within(1e-15 * n));
        Assert.That(min, Is.EqualTo(m));
        Assert.That(VectorSums.SumProducts(returns, mean, other, meanOther), Is.EqualTo(products).Within(1e-9 * Math.Abs(products)));
    }

    [Test]
    public void DailyReturns_CurveThatReachesZero_GivesZeroAfterIt()
    {
        // Ruin: equity 0 on the third day; the next day's return has no base and is 0, as DailyReturns says.
        double[] equity = [100, 50, 0, 0, 0, 0, 0, 0, 0, 0];
        var returns = new double[equity.Length];

        VectorSums.DailyReturns(equity, 100, returns);

        Assert.That(returns, Is.EqualTo(DailyReturns.From(equity, 100)));
        Assert.That(returns[3], Is.Zero);
    }

    [Test]
    public void ExposureCompute_VectorAndDayByDay_Agree()
    {
        // With option columns given every day has equity, so the vector path runs; without them, the day-by-day loop.
        int n = 37;
        double[] equity = Curve(n, 3), longs = Curve(n, 4), shorts = Array.ConvertAll(Curve(n, 5), x => -x), traded = Curve(n, 6);
        double[] zeros = new double[n];

        ExposureMetrics vector = ExposureMetrics.Compute(equity, longs, shorts, traded, zeros, zeros);
        ExposureMetrics scalar = ExposureMetrics.Compute(equity, longs, shorts, traded);

        Assert.That(vector.AverageGross, Is.EqualTo(scalar.AverageGross).Within(1e-14));
        Assert.That(vector.MaxGross, Is.EqualTo(scalar.MaxGross));
        Assert.That(vector.AverageNet, Is.EqualTo(scalar.AverageNet).Within(1e-14));
        Assert.That(vector.Turnover, Is.EqualTo(scalar.Turnover).Within(1e-10));
        Assert.That(vector.AverageDeltaNet, Is.EqualTo(scalar.AverageDeltaNet).Within(1e-14));
    }
}
