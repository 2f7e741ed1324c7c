using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

[TestFixture]
public class AmericanOptionTests
{
    [Test]
    public void Price_HullLongDatedPut_MatchesTrueValueWhereQuadraticApproximationsMiss()
    {
        // Hull's American put (S=36, K=40, r=6%, sigma=20%, T=1): true value 4.4867 (a converged tree; our refined scheme and
        // tree agree: 4.48667); Barone-Adesi-Whaley gives 4.4596 and Bjerksund-Stensland 1993 4.4531. European: 3.8443.
        var x = new OptionInputs(36, 40, 1, 0.06, 0, 0.2);

        Assert.Multiple(() =>
        {
            Assert.That(AmericanOption.Price(OptionRight.Put, x), Is.EqualTo(4.4867).Within(0.001));
            Assert.That(BlackScholes.Price(OptionRight.Put, x), Is.EqualTo(3.8443).Within(0.00005));
            Assert.That(ReferenceTree.Price(OptionRight.Put, 36, 40, 1, 0.06, 0, 0.2, 2000), Is.EqualTo(4.4867).Within(0.00005));
        });
    }

    [TestCase(100.0, 100.0, 0.5, 0.04, 0.30)]
    [TestCase(180.0, 50.0, 1.3, 0.04, 0.60)]
    [TestCase(100.0, 150.0, 3.0, 0.00, 1.00)]
    public void Value_CallWithoutDividends_IsTheEuropeanCall(double spot, double strike, double years, double rate, double volatility)
    {
        // With q = 0 and r >= 0 a call is never exercised early: the American call is the European one.
        var x = new OptionInputs(spot, strike, years, rate, 0, volatility);

        Assert.That(AmericanOption.Value(OptionRight.Call, x), Is.EqualTo(BlackScholes.Value(OptionRight.Call, x)));
    }

    [TestCase(-0.01, 0.0)]
    [TestCase(0.0, 0.0)]
    [TestCase(0.0, 0.03)]
    [TestCase(-0.02, -0.01)]
    public void Value_PutWithoutPositiveRate_IsTheEuropeanPut(double rate, double dividendYield)
    {
        // r <= 0 and q >= r: exercising earns r K <= q S, never more than the dividends given up.
        var x = new OptionInputs(90, 100, 1, rate, dividendYield, 0.3);

        Assert.That(AmericanOption.Value(OptionRight.Put, x), Is.EqualTo(BlackScholes.Value(OptionRight.Put, x)));
    }

    [TestCase(100.0, 90.0, 1.0, 0.01, 0.05, 0.3)]
    [TestCase(80.0, 100.0, 0.25, -0.01, 0.02, 0.6)]
    [TestCase(100.0, 100.0, 3.0, 0.05, 0.02, 1.2)]
    public void Price_Call_IsThePutWithSpotAndStrikeAndRatesSwapped(double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        // Put-call symmetry: C(S, K, r, q) = P(K, S, q, r); delta from homogeneity, dC/dS = (P - K dP/dK') / S.
        OptionValue call = AmericanOption.Value(OptionRight.Call, new OptionInputs(spot, strike, years, rate, dividendYield, volatility));
        OptionValue put = AmericanOption.Value(OptionRight.Put, new OptionInputs(strike, spot, years, dividendYield, rate, volatility));

        Assert.Multiple(() =>
        {
            Assert.That(call.Price, Is.EqualTo(put.Price).Within(1e-12 * put.Price));
            Assert.That(call.Delta, Is.EqualTo((put.Price - (strike * put.Delta)) / spot).Within(1e-12));
        });
    }

    [Test]
    public void Price_Grid_NeverBelowEuropeanOrIntrinsic()
    {
        foreach (OptionRight right in new[] { OptionRight.Call, OptionRight.Put })
        {
            foreach (OptionInputs x in BlackScholesTests.Grid())
            {
                double american = AmericanOption.Price(right, x);
                double floor = Math.Max(BlackScholes.Price(right, x), Math.Max(right == OptionRight.Call ? x.Spot - x.Strike : x.Strike - x.Spot, 0));

                Assert.That(american, Is.GreaterThanOrEqualTo(floor - (1e-12 * Math.Max(floor, 1))), $"{right} {x}");
            }
        }
    }

    [Test]
    public void Value_DeepInTheMoneyPut_IsExercisedNow()
    {
        OptionValue v = AmericanOption.Value(OptionRight.Put, new OptionInputs(40, 100, 1, 0.05, 0, 0.2));

        Assert.Multiple(() =>
        {
            Assert.That(v.Price, Is.EqualTo(60));
            Assert.That(v.Delta, Is.EqualTo(-1));
        });
    }

    [TestCase(OptionRight.Put, 1217.117424078479, 6.264439838130232, 0.18428849165061884, 0.0, 2.0894193395292944)]
    [TestCase(OptionRight.Call, 6.675088179410156, 9.634321834721751, 0.11441777740345234, 0.18637186351063284, 2.5572897451566488)]
    public void Value_FarBeyondTheGrid_NeverBelowIntrinsic(OptionRight right, double strike, double years, double rate, double dividendYield, double volatility)
    {
        // Found by a random sweep far outside the documented grid (K/S 0.05-20, up to 10 years, volatility up to 5): the
        // short-tenor scheme put the boundary just below a spot that is in the exercise region; the price is then intrinsic.
        OptionValue v = AmericanOption.Value(right, new OptionInputs(100, strike, years, rate, dividendYield, volatility));
        double intrinsic = right == OptionRight.Call ? 100 - strike : strike - 100;

        Assert.That(v, Is.EqualTo(new OptionValue(intrinsic, right == OptionRight.Call ? 1 : -1)));
    }

    [Test]
    public void Greeks_AtExpiry_AreIntrinsicWithNoSensitivities()
    {
        Assert.That(AmericanOption.Greeks(OptionRight.Put, new OptionInputs(95, 100, 0, 0.04, 0, 0.3)), Is.EqualTo(new OptionGreeks(5, -1, 0, 0, 0, 0)));
    }

    [TestCase(OptionRight.Put, 95.0, 5.0, -1.0)]
    [TestCase(OptionRight.Call, 95.0, 0.0, 0.0)]
    [TestCase(OptionRight.Call, 100.0, 0.0, 0.5)]
    public void Value_AtExpiry_IsIntrinsic(OptionRight right, double spot, double price, double delta)
    {
        OptionValue v = AmericanOption.Value(right, new OptionInputs(spot, 100, 0, 0.04, 0, 0.3));

        Assert.That(v, Is.EqualTo(new OptionValue(price, delta)));
    }

    [TestCase(OptionRight.Put, 100.0, 110.0, 1.0, -0.01, -0.03, 0.3)]
    [TestCase(OptionRight.Call, 110.0, 100.0, 0.5, -0.03, -0.01, 0.4)]
    public void Value_TwoBoundaryRegime_FallsBackToTheTree(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        // Put with q < r < 0 (call with r < q < 0): exercise is optimal between two boundaries, which the boundary method does
        // not cover; the fallback tree must agree with the tests' own tree.
        var x = new OptionInputs(spot, strike, years, rate, dividendYield, volatility);

        double price = AmericanOption.Price(right, x);
        double reference = ReferenceTree.Price(right, spot, strike, years, rate, dividendYield, volatility, 2000);

        Assert.Multiple(() =>
        {
            Assert.That(price, Is.EqualTo(reference).Within(2e-4 * reference));
            Assert.That(price, Is.GreaterThan(BlackScholes.Price(right, x)));
        });
    }

    [TestCase(OptionRight.Put, 36.0, 40.0, 1.0, 0.06, 0.0, 0.2)]
    [TestCase(OptionRight.Put, 180.0, 50.0, 1.3, 0.04, 0.0, 0.6)]
    [TestCase(OptionRight.Put, 100.0, 100.0, 7 / 365.0, 0.05, 0.02, 0.4)]
    [TestCase(OptionRight.Put, 100.0, 120.0, 3.0, 0.10, 0.0, 1.5)]
    [TestCase(OptionRight.Call, 100.0, 90.0, 1.0, 0.01, 0.05, 0.3)]
    [TestCase(OptionRight.Call, 100.0, 130.0, 0.25, -0.01, 0.03, 0.8)]
    [TestCase(OptionRight.Call, 100.0, 80.0, 2.0, 0.0, 0.04, 0.2)]
    public void Greeks_AwayFromTheBoundary_MatchFiniteDifferencesOfThePrice(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        var x = new OptionInputs(spot, strike, years, rate, dividendYield, volatility);

        OptionGreeks g = AmericanOption.Greeks(right, x);
        OptionGreeks fd = FiniteDifferences.Greeks(AmericanOption.Price, right, x);

        Assert.Multiple(() =>
        {
            FiniteDifferences.AssertClose(g, fd, g.Price, $"{right} {x}");
            Assert.That(g.Price, Is.EqualTo(AmericanOption.Price(right, x)));
            Assert.That(g.Delta, Is.EqualTo(AmericanOption.Value(right, x).Delta));
        });
    }

    [TestCase(OptionRight.Put, 36.0, 40.0, 1.0, 0.06, 0.0, 0.2)]
    [TestCase(OptionRight.Call, 100.0, 90.0, 1.0, 0.01, 0.05, 0.3)]
    [TestCase(OptionRight.Put, 100.0, 100.0, 1 / 365.0, 0.05, 0.0, 0.3)]
    public void Value_Delta_MatchesTheRefinedScheme(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        var x = new OptionInputs(spot, strike, years, rate, dividendYield, volatility);

        double delta = AmericanOption.Value(right, x).Delta;
        double refined = AmericanOption.Value(right, x, FixedPointScheme.Precise).Delta;

        Assert.That(delta, Is.EqualTo(refined).Within(1e-3 * Math.Abs(refined)));
    }
}
