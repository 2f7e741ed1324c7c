using Backtest.Core.Options.Pricing;
using MathNet.Numerics;

namespace Backtest.Core.Tests.Options.Pricing;

[TestFixture]
public class StandardNormalTests
{
    // Exact values: mpmath 1.3.0, ncdf at 40 significant digits (rounded here to 20).
    [TestCase(-37.0, 5.7255712225245768227e-300)]
    [TestCase(-30.0, 4.9067139271481870595e-198)]
    [TestCase(-20.0, 2.7536241186062336951e-89)]
    [TestCase(-12.0, 1.7764821120776789977e-33)]
    [TestCase(-8.5, 9.4795348222033183542e-18)]
    [TestCase(-8.0, 6.2209605742717841235e-16)]
    [TestCase(-6.0, 9.865876450376981407e-10)]
    [TestCase(-3.5, 0.00023262907903552503635)]
    [TestCase(-1.96, 0.024997895148220434137)]
    [TestCase(-1.0, 0.15865525393145705141)]
    [TestCase(-0.7, 0.24196365222307301475)]
    [TestCase(-0.3, 0.38208857781104736269)]
    [TestCase(0.0, 0.5)]
    [TestCase(0.3, 0.61791142218895263731)]
    [TestCase(1.0, 0.84134474606854294859)]
    [TestCase(2.5, 0.99379033467422386483)]
    [TestCase(5.0, 0.99999971334842812081)]
    [TestCase(8.0, 0.9999999999999993779)]
    public void Cdf_KnownValue_MatchesMpmathToFiveUlps(double x, double exact)
    {
        Assert.That(StandardNormal.Cdf(x), Is.EqualTo(exact).Within(1.1e-15 * exact));
    }

    [Test]
    public void Cdf_WideRange_MatchesMathNetToItsOwnPrecision()
    {
        // MathNet computes 0.5 erfc(-x / sqrt 2): rounding x / sqrt 2 costs it about x^2 ulp of relative error in the tails,
        // so the bound is 1.5e-15 plus that: 1e-15 relative in the body, wider only where MathNet itself is.
        double worst = 0, at = 0;
        for (int i = 0; i <= 200_000; i++)
        {
            double x = -37.5 + (45.8 * i / 200_000);
            double mathNet = 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));
            double ratio = Math.Abs(StandardNormal.Cdf(x) - mathNet) / mathNet / (1.5e-15 + (2.5e-16 * x * x));
            if (ratio > worst)
            {
                (worst, at) = (ratio, x);
            }
        }

        Assert.That(worst, Is.LessThanOrEqualTo(1), $"worst at x = {at}");
    }

    [TestCase(-5.0)]
    [TestCase(-0.5)]
    [TestCase(0.0)]
    [TestCase(0.69)]
    [TestCase(7.9)]
    [TestCase(12.0)]
    public void CdfAndPdf_Any_GivesTheDensityToo(double x)
    {
        (double cdf, double pdf) = StandardNormal.CdfAndPdf(x);

        Assert.Multiple(() =>
        {
            Assert.That(cdf, Is.EqualTo(StandardNormal.Cdf(x)));
            Assert.That(pdf, Is.EqualTo(Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI)).Within(2e-15 * pdf));
        });
    }

    [TestCase(0.1)]
    [TestCase(1.3)]
    [TestCase(6.0)]
    public void Cdf_Symmetric_SumsToOne(double x)
    {
        Assert.That(StandardNormal.Cdf(x) + StandardNormal.Cdf(-x), Is.EqualTo(1).Within(2e-16));
    }

    [TestCase(double.NegativeInfinity, 0.0)]
    [TestCase(-40.0, 0.0)]
    [TestCase(40.0, 1.0)]
    [TestCase(double.PositiveInfinity, 1.0)]
    public void Cdf_BeyondUnderflow_IsZeroOrOne(double x, double expected)
    {
        Assert.That(StandardNormal.Cdf(x), Is.EqualTo(expected));
    }

    [Test]
    public void Cdf_NaN_IsNaN()
    {
        Assert.That(StandardNormal.Cdf(double.NaN), Is.NaN);
    }
}
