using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

[TestFixture]
public class BlackScholesTests
{
    // Hull, Options, Futures and Other Derivatives, the worked Black-Scholes-Merton example (S=42, K=40, r=10%, sigma=20%,
    // T=0.5): call 4.76, put 0.81; 4 decimals, confirmed with mpmath.
    [TestCase(OptionRight.Call, 42.0, 40.0, 0.5, 0.10, 0.0, 0.20, 4.7594, 5e-5)]
    [TestCase(OptionRight.Put, 42.0, 40.0, 0.5, 0.10, 0.0, 0.20, 0.8086, 5e-5)]
    // Haug, The Complete Guide to Option Pricing Formulas, generalized Black-Scholes with a dividend yield (S=100, K=95,
    // T=0.5, r=10%, q=5%, sigma=20%): put 2.4648.
    [TestCase(OptionRight.Put, 100.0, 95.0, 0.5, 0.10, 0.05, 0.20, 2.4648, 5e-5)]
    // Nine decimals (S=100, K=90, T=0.5, r=1%, q=0, sigma=20%), from the brief, confirmed with mpmath at 30 digits
    // (12.11158143497, 1.6627045623111).
    [TestCase(OptionRight.Call, 100.0, 90.0, 0.5, 0.01, 0.0, 0.20, 12.111581435, 5e-10)]
    [TestCase(OptionRight.Put, 100.0, 90.0, 0.5, 0.01, 0.0, 0.20, 1.662704562, 5e-10)]
    // Hull's American put example's European twin (S=36, K=40, r=6%, sigma=20%, T=1): 3.8443 (mpmath 3.8443077916).
    [TestCase(OptionRight.Put, 36.0, 40.0, 1.0, 0.06, 0.0, 0.20, 3.8443, 5e-5)]
    public void Price_TextbookExample_MatchesPublishedValue(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility, double expected, double tolerance)
    {
        double price = BlackScholes.Price(right, new OptionInputs(spot, strike, years, rate, dividendYield, volatility));

        Assert.That(price, Is.EqualTo(expected).Within(tolerance));
    }

    [Test]
    public void Price_PutCallParity_HoldsToOneInTenBillion()
    {
        // C - P = S e^(-qT) - K e^(-rT), for every right, moneyness, tenor, volatility and carry of the grid.
        double worst = 0;
        foreach (OptionInputs x in Grid())
        {
            double call = BlackScholes.Price(OptionRight.Call, x), put = BlackScholes.Price(OptionRight.Put, x);
            double parity = (x.Spot * Math.Exp(-x.DividendYield * x.Years)) - (x.Strike * Math.Exp(-x.Rate * x.Years));
            worst = Math.Max(worst, Math.Abs(call - put - parity));
        }

        Assert.That(worst, Is.LessThan(1e-10));
    }

    [Test]
    public void Greeks_EveryGreek_MatchesFiniteDifferencesOfThePrice()
    {
        foreach (OptionRight right in new[] { OptionRight.Call, OptionRight.Put })
        {
            foreach (OptionInputs x in Grid().Where(x => x.Years >= 7 / 365.0))
            {
                OptionGreeks g = BlackScholes.Greeks(right, x);
                OptionGreeks fd = FiniteDifferences.Greeks(BlackScholes.Price, right, x);

                FiniteDifferences.AssertClose(g, fd, BlackScholes.Price(right, x), $"{right} {x}");
            }
        }
    }

    [Test]
    public void Value_Delta_IsTheGreeksDelta()
    {
        var x = new OptionInputs(100, 95, 0.5, 0.04, 0.01, 0.3);

        Assert.Multiple(() =>
        {
            Assert.That(BlackScholes.Value(OptionRight.Call, x).Delta, Is.EqualTo(BlackScholes.Greeks(OptionRight.Call, x).Delta).Within(1e-15));
            Assert.That(BlackScholes.Value(OptionRight.Put, x).Price, Is.EqualTo(BlackScholes.Greeks(OptionRight.Put, x).Price).Within(1e-14));
        });
    }

    [TestCase(OptionRight.Call, 110.0, 10.0, 1.0)]
    [TestCase(OptionRight.Call, 90.0, 0.0, 0.0)]
    [TestCase(OptionRight.Put, 90.0, 10.0, -1.0)]
    [TestCase(OptionRight.Put, 100.0, 0.0, -0.5)]
    public void Value_AtExpiry_IsIntrinsic(OptionRight right, double spot, double price, double delta)
    {
        OptionValue v = BlackScholes.Value(right, new OptionInputs(spot, 100, 0, 0.04, 0, 0.3));

        Assert.Multiple(() =>
        {
            Assert.That(v.Price, Is.EqualTo(price));
            Assert.That(v.Delta, Is.EqualTo(delta));
        });
    }

    internal static IEnumerable<OptionInputs> Grid()
    {
        foreach (double strike in new[] { 25.0, 50, 80, 100, 120, 150 })
        {
            foreach (double years in new[] { 1 / 365.0, 7 / 365.0, 0.25, 1, 3 })
            {
                foreach (double volatility in new[] { 0.1, 0.3, 0.6, 1.0, 1.5 })
                {
                    foreach ((double rate, double dividendYield) in new[] { (-0.01, 0.0), (0.0, 0.02), (0.04, 0.0), (0.05, 0.05), (0.10, 0.02) })
                    {
                        yield return new OptionInputs(100, strike, years, rate, dividendYield, volatility);
                    }
                }
            }
        }
    }
}
