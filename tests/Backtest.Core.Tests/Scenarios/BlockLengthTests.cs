using Backtest.Core.Scenarios;
using FsCheck;
using FsCheck.Fluent;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies the arguments of [Property] methods; the NUnit analyzer cannot see that.
#pragma warning disable NUnit1027

namespace Backtest.Core.Tests.Scenarios;

[TestFixture]
public class BlockLengthTests
{
    private const int Length = 5000, Replications = 40;

    [Test]
    public void PolitisWhite_IndependentSeries_GivesAboutOneOrTwo()
    {
        // No dependence: the true optimum is no blocks at all, which the floor makes 1; estimation noise in the
        // first autocorrelations lifts some series a little.
        double[] blocks = Enumerable.Range(0, Replications).Select(s => BlockLength.PolitisWhite(SyntheticSeries.Ar1(Length, 0, 100 + s))).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(blocks.Average(), Is.InRange(1, 2));
            Assert.That(blocks, Is.All.InRange(1, 3.5));
        });
    }

    [Test]
    public void PolitisWhite_Ar1_GrowsWithPhiOnTheSameShocks()
    {
        Assert.Multiple(() =>
        {
            for (int seed = 0; seed < 10; seed++)
            {
                double low = BlockLength.PolitisWhite(SyntheticSeries.Ar1(Length, 0.3, seed));
                double middle = BlockLength.PolitisWhite(SyntheticSeries.Ar1(Length, 0.6, seed));
                double high = BlockLength.PolitisWhite(SyntheticSeries.Ar1(Length, 0.9, seed));
                Assert.That(new[] { low, middle, high }, Is.Ordered.Ascending, $"seed {seed}");
                Assert.That(low, Is.GreaterThan(5), $"seed {seed}: phi 0.3 is dependence, not noise");
            }
        });
    }

    [TestCase(0.3)]
    [TestCase(0.6)]
    [TestCase(0.7)]
    [TestCase(0.9)]
    public void PolitisWhite_Ar1_AveragesTheTheoreticalOptimum(double phi)
    {
        // For x(t) = phi x(t-1) + e(t) with unit innovation variance, R(k) = phi^|k| / (1 - phi^2), so
        //   g(0) = sum over k of R(k) = (1 + phi) / ((1 - phi)(1 - phi^2)) = 1 / (1 - phi)^2,
        //   G = sum over k of |k| R(k) = 2 phi / ((1 - phi)^2 (1 - phi^2)),
        // and with D_SB = 2 g(0)^2, b_opt = (2 G^2 / D_SB)^(1/3) N^(1/3) = (G / g(0))^(2/3) N^(1/3)
        //   = (2 phi / (1 - phi^2))^(2/3) N^(1/3): 20.6, 41.3, 53.2 and 121.5 for N = 20,000.
        // One estimate scatters by 6 to 13 % of that, so the average of 40 by 1 to 2 %. The flat-top kernel cuts the
        // sums at M = 2 m_hat, which biases the estimate down by up to about 5 %. Hence 8 %: narrow enough to tell
        // the stationary bootstrap's D_SB = 2 g(0)^2 from the circular block bootstrap's 4/3 g(0)^2, which would
        // give blocks 14.5 % longer.
        const int n = 20_000;
        double optimum = Math.Pow(2 * phi / (1 - (phi * phi)), 2.0 / 3) * Math.Cbrt(n);

        double average = Enumerable.Range(0, Replications).Average(s => BlockLength.PolitisWhite(SyntheticSeries.Ar1(n, phi, 200 + s)));

        Assert.That(average, Is.EqualTo(optimum).Within(8).Percent);
    }

    [Test]
    public void PolitisWhite_RandomWalk_IsCappedAtThreeRootN()
    {
        // A random walk's autocorrelations never fall inside the band, so the estimate runs to the cap,
        // ceil(min(3 sqrt N, N / 3)) = ceil(948.7) = 949 for N = 100,000.
        double block = BlockLength.PolitisWhite(SyntheticSeries.RandomWalk(100_000, 1));

        Assert.That(block, Is.EqualTo(949));
    }

    [Test]
    public void PolitisWhite_ConstantSeries_IsOne()
    {
        Assert.That(BlockLength.PolitisWhite(Enumerable.Repeat(0.01, 300).ToArray()), Is.EqualTo(1));
    }

    [TestCase(new double[0])]
    [TestCase(new[] { 1.0 })]
    [TestCase(new[] { 1.0, double.NaN, 2.0 })]
    [TestCase(new[] { double.NaN, double.NaN, double.NaN })]
    [TestCase(new[] { 1.0, double.PositiveInfinity, 2.0 })]
    public void PolitisWhite_TooShortOrNotFinite_Throws(double[] series)
    {
        Assert.That(() => BlockLength.PolitisWhite(series), Throws.ArgumentException);
    }

    [Property(MaxTest = 300)]
    public Property PolitisWhite_AnyFiniteSeries_IsBetweenOneAndTheCap()
    {
        Gen<double[]> series = Gen.Choose(-1_000_000, 1_000_000).Select(x => x / 1000.0).ArrayOf().Where(a => a.Length >= 2);
        return Prop.ForAll(series.ToArbitrary(), s =>
        {
            double block = BlockLength.PolitisWhite(s);
            return block >= 1 && block <= Math.Ceiling(Math.Min(3 * Math.Sqrt(s.Length), s.Length / 3.0));
        });
    }

    [Test]
    public void PolitisWhite_ScaledSeries_GivesTheSameBlock()
    {
        double[] series = SyntheticSeries.Ar1(Length, 0.6, 5);

        double block = BlockLength.PolitisWhite(series);

        Assert.That(BlockLength.PolitisWhite(series.Select(x => x * 1e250).ToArray()), Is.EqualTo(block).Within(1e-9).Percent);
    }

    [Test]
    public void ForJoint_GarchReturns_UsesTheClusteringOfSquaredReturnsNotTheReturns()
    {
        // GARCH returns are uncorrelated, so the rule on returns gives blocks of a few days; their squares are
        // persistent (alpha + beta = 0.95), so the rule on squares gives much longer ones.
        double[][] returns = SyntheticSeries.GarchPair(Length, 0.6, 20261130);

        JointBlockLength joint = BlockLength.ForJoint(returns);

        Assert.Multiple(() =>
        {
            for (int i = 0; i < 2; i++)
            {
                Assert.That(BlockLength.PolitisWhite(returns[i]), Is.LessThan(5), $"ticker {i} returns");
                Assert.That(joint.PerTicker[i], Is.GreaterThan(20), $"ticker {i} squared returns");
            }

            Assert.That(joint.MeanBlock, Is.EqualTo(joint.PerTicker.Max()));
        });
    }

    [Test]
    public void ForJoint_OneClusteredTickerAmongIndependentOnes_TakesTheClusteredTickersBlock()
    {
        double[] clustered = SyntheticSeries.GarchPair(Length, 0, 3)[0];
        double[] independent = SyntheticSeries.Ar1(Length, 0, 4).Select(x => 0.01 * x).ToArray();

        JointBlockLength joint = BlockLength.ForJoint([independent, clustered, independent]);

        Assert.Multiple(() =>
        {
            Assert.That(joint.PerTicker, Has.Count.EqualTo(3));
            Assert.That(joint.PerTicker[0], Is.LessThan(3.5));
            Assert.That(joint.MeanBlock, Is.EqualTo(joint.PerTicker[1]).And.GreaterThan(20));
        });
    }

    [Test]
    public void ForJoint_ReturnsShiftedByAConstant_GivesTheSameBlock()
    {
        // Squares of demeaned returns: a drift must not count as clustering.
        double[][] returns = SyntheticSeries.GarchPair(Length, 0.6, 8);
        double[][] shifted = returns.Select(r => r.Select(x => x + 0.01).ToArray()).ToArray();

        Assert.That(BlockLength.ForJoint(shifted).PerTicker, Is.EqualTo(BlockLength.ForJoint(returns).PerTicker).Within(1e-6).Percent);
    }

    [Test]
    public void ForJoint_NoTickers_Throws()
    {
        Assert.That(() => BlockLength.ForJoint([]), Throws.ArgumentException);
    }
}
