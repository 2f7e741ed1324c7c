using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

[TestFixture]
public class AmericanBoundaryTests
{
    [Test]
    public void Value_ReferenceGridFromOneBoundaryPerContract_WithinOneThousandthOfTheReference()
    {
        // One boundary solved for three years per (right, strike, rate, dividend yield, volatility), then every tenor of the
        // grid read from it: the reuse the engine makes over a contract's life. Reference and floor as in the accuracy tests.
        IReadOnlyList<AmericanReferenceGrid.Row> rows = AmericanReferenceGrid.Load();
        double worst = 0;
        AmericanReferenceGrid.Row? at = null;
        foreach (var contract in rows.GroupBy(r => (r.Right, r.Strike, r.Rate, r.DividendYield, r.Volatility)))
        {
            var boundary = new AmericanBoundary(contract.Key.Right, contract.Key.Strike, contract.Key.Rate, contract.Key.DividendYield, contract.Key.Volatility, 1095 / 365.0);
            foreach (AmericanReferenceGrid.Row r in contract)
            {
                double error = r.RelativeError(boundary.Value(AmericanReferenceGrid.Row.Spot, r.Days / 365.0).Price, r.Reference);
                if (error > worst)
                {
                    (worst, at) = (error, r);
                }
            }
        }

        TestContext.Out.WriteLine($"max relative error {worst:E2} at {at}");
        Assert.That(worst, Is.LessThan(1e-3), at?.ToString());
    }

    [TestCase(OptionRight.Put, 50.0, 0.04, 0.0, 0.6, 475)]
    [TestCase(OptionRight.Put, 100.0, 0.10, 0.0, 0.1, 1095)]
    [TestCase(OptionRight.Call, 100.0, 0.01, 0.05, 0.3, 730)]
    public void Value_EveryFortnightOfAContract_MatchesPricingFromScratch(OptionRight right, double strike, double rate, double dividendYield, double volatility, int days)
    {
        var boundary = new AmericanBoundary(right, strike, rate, dividendYield, volatility, days / 365.0);

        Assert.Multiple(() =>
        {
            for (int d = days; d >= 1; d -= 14)
            {
                foreach (double spot in new[] { 0.6 * strike, strike, 1.4 * strike, 3 * strike })
                {
                    OptionValue reused = boundary.Value(spot, d / 365.0);
                    OptionValue fresh = AmericanOption.Value(right, new OptionInputs(spot, strike, d / 365.0, rate, dividendYield, volatility));
                    double floor = 1e-5 * strike;

                    Assert.That(reused.Price, Is.EqualTo(fresh.Price).Within(6e-4 * Math.Max(fresh.Price, floor)), $"{d} days, spot {spot}");
                    Assert.That(reused.Delta, Is.EqualTo(fresh.Delta).Within(1e-5 + (2e-3 * Math.Abs(fresh.Delta))), $"{d} days, spot {spot}");
                }
            }
        });
    }

    [TestCase(OptionRight.Call, 0.04, 0.0)]
    [TestCase(OptionRight.Put, -0.01, 0.0)]
    [TestCase(OptionRight.Put, -0.01, -0.03)]
    public void Value_OutsideTheBoundaryMethodsRegime_IsAmericanOptionsValue(OptionRight right, double rate, double dividendYield)
    {
        // European regimes and the two-boundary fallback are priced as AmericanOption prices them.
        var boundary = new AmericanBoundary(right, 100, rate, dividendYield, 0.3, 1);
        var x = new OptionInputs(95, 100, 0.5, rate, dividendYield, 0.3);

        Assert.That(boundary.Value(95, 0.5), Is.EqualTo(AmericanOption.Value(right, x)));
    }

    [Test]
    public void Value_AtExpiryOrBeyondItsTenor_IsAmericanOptionsValue()
    {
        var boundary = new AmericanBoundary(OptionRight.Put, 40, 0.06, 0, 0.2, 0.5);

        Assert.Multiple(() =>
        {
            Assert.That(boundary.Value(36, 0), Is.EqualTo(new OptionValue(4, -1)));
            Assert.That(boundary.Value(36, 1), Is.EqualTo(AmericanOption.Value(OptionRight.Put, new OptionInputs(36, 40, 1, 0.06, 0, 0.2))));
        });
    }

    [Test]
    public void Constructor_Inputs_AreKept()
    {
        var boundary = new AmericanBoundary(OptionRight.Call, 90, 0.01, 0.05, 0.3, 2);

        Assert.That(
            (boundary.Right, boundary.Strike, boundary.Rate, boundary.DividendYield, boundary.Volatility, boundary.MaxYears),
            Is.EqualTo((OptionRight.Call, 90.0, 0.01, 0.05, 0.3, 2.0)));
    }
}
