using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

[TestFixture]
public class ImpliedVolatilityTests
{
    [Test]
    public void Solve_PremiumPricedAtSigma_GivesSigmaBackToOneInAHundredMillion()
    {
        // Round trip over both styles and rights, a day to three years, far in and out of the money, wherever vega is not
        // negligible (above 1e-4 per unit of volatility: below it, 1e-8 of volatility moves the premium by less than 1e-12).
        int solved = 0;
        foreach (OptionStyle style in new[] { OptionStyle.European, OptionStyle.American })
        {
            foreach (OptionRight right in new[] { OptionRight.Call, OptionRight.Put })
            {
                foreach (double strike in new[] { 50.0, 80, 100, 120, 150 })
                {
                    foreach (double years in new[] { 1 / 365.0, 30 / 365.0, 1, 3 })
                    {
                        foreach (double volatility in new[] { 0.05, 0.2, 0.6, 1.5, 3.0 })
                        {
                            var x = new OptionInputs(100, strike, years, 0.04, 0.01, volatility);
                            if (OptionPricer.Greeks(right, style, x).Vega < 1e-4)
                            {
                                continue;
                            }

                            ImpliedVolatilityResult result = ImpliedVolatility.Solve(right, style, x with { Volatility = 0.3 }, OptionPricer.Price(right, style, x));

                            Assert.That(result.Volatility, Is.EqualTo(volatility).Within(1e-8), $"{style} {right} {x}: {result.Message}");
                            solved++;
                        }
                    }
                }
            }
        }

        Assert.That(solved, Is.GreaterThan(250));
    }

    [TestCase(OptionStyle.European, OptionRight.Put, 100.0, 1 / 365.0, 0.25)]
    [TestCase(OptionStyle.American, OptionRight.Put, 97.0, 1 / 365.0, 0.40)]
    [TestCase(OptionStyle.American, OptionRight.Call, 104.0, 1 / 365.0, 0.60)]
    [TestCase(OptionStyle.European, OptionRight.Call, 200.0, 0.25, 0.50)]
    [TestCase(OptionStyle.American, OptionRight.Put, 30.0, 1.3, 0.60)]
    [TestCase(OptionStyle.American, OptionRight.Put, 50.0, 30 / 365.0, 1.20)]
    public void Solve_NearExpiryOrFarOutOfTheMoney_Converges(OptionStyle style, OptionRight right, double strike, double years, double volatility)
    {
        var x = new OptionInputs(100, strike, years, 0.04, 0, volatility);
        double premium = OptionPricer.Price(right, style, x);

        ImpliedVolatilityResult result = ImpliedVolatility.Solve(right, style, x, premium);

        Assert.Multiple(() =>
        {
            Assert.That(result.Found, Is.True, result.Message);
            Assert.That(result.Volatility, Is.EqualTo(volatility).Within(1e-8));
            Assert.That(result.Message, Is.Empty);
        });
    }

    [Test]
    public void Solve_AmericanPutBelowIntrinsic_SaysSoWithTheNumbers()
    {
        ImpliedVolatilityResult result = ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.American, new OptionInputs(36, 40, 1, 0.06, 0, 0.2), 0.5);

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(ImpliedVolatilityProblem.BelowIntrinsic));
            Assert.That(result.Volatility, Is.NaN);
            Assert.That(result.Found, Is.False);
            Assert.That(result.Message, Is.EqualTo("premium 0.50 is below the put's intrinsic value 4.00 (strike 40 - spot 36)"));
        });
    }

    [Test]
    public void Solve_AmericanCallBelowIntrinsic_SaysSoWithTheNumbers()
    {
        ImpliedVolatilityResult result = ImpliedVolatility.Solve(OptionRight.Call, OptionStyle.American, new OptionInputs(180, 150, 0.5, 0, 0.04, 0.6), 29.5);

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(ImpliedVolatilityProblem.BelowIntrinsic));
            Assert.That(result.Message, Is.EqualTo("premium 29.50 is below the call's intrinsic value 30.00 (spot 180 - strike 150)"));
        });
    }

    [Test]
    public void Solve_EuropeanPutBelowZeroVolatilityValue_SaysSoWithTheNumbers()
    {
        // A European put may sell below intrinsic (4.00 here) but not below K e^(-rT) - S e^(-qT) = 37.6706 - 36 = 1.6706.
        var x = new OptionInputs(36, 40, 1, 0.06, 0, 0.2);

        ImpliedVolatilityResult below = ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.European, x, 1.5);
        ImpliedVolatilityResult between = ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.European, x, 3.0);

        Assert.Multiple(() =>
        {
            Assert.That(below.Problem, Is.EqualTo(ImpliedVolatilityProblem.BelowIntrinsic));
            Assert.That(below.Message, Is.EqualTo("premium 1.50 is below the put's value at zero volatility 1.6706 (discounted strike 37.6706 - spot net of dividends 36.00)"));
            Assert.That(between.Found, Is.True, between.Message);
        });
    }

    [TestCase(OptionStyle.American, OptionRight.Put, 40.0, "premium 40.00 is at or above the put's upper bound 40.00 (the strike): no volatility gives it")]
    [TestCase(OptionStyle.European, OptionRight.Put, 38.0, "premium 38.00 is at or above the put's upper bound 37.6706 (the strike 40 discounted): no volatility gives it")]
    [TestCase(OptionStyle.American, OptionRight.Call, 36.5, "premium 36.50 is at or above the call's upper bound 36.00 (the spot): no volatility gives it")]
    public void Solve_AboveUpperBound_SaysSoWithTheNumbers(OptionStyle style, OptionRight right, double premium, string message)
    {
        ImpliedVolatilityResult result = ImpliedVolatility.Solve(right, style, new OptionInputs(36, 40, 1, 0.06, 0, 0.2), premium);

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(ImpliedVolatilityProblem.AboveUpperBound));
            Assert.That(result.Message, Is.EqualTo(message));
        });
    }

    [Test]
    public void Solve_InsideBoundsButBeyondFiveHundredPercent_IsOutOfRange()
    {
        // Below the spot (the bound) but above the call's value at 500% volatility.
        var x = new OptionInputs(100, 100, 1, 0.0, 0, 0.3);
        double atMax = BlackScholes.Price(OptionRight.Call, x with { Volatility = ImpliedVolatility.MaxVolatility });

        ImpliedVolatilityResult result = ImpliedVolatility.Solve(OptionRight.Call, OptionStyle.European, x, 99.9);

        Assert.Multiple(() =>
        {
            Assert.That(atMax, Is.LessThan(99.9));
            Assert.That(result.Problem, Is.EqualTo(ImpliedVolatilityProblem.OutOfRange));
            Assert.That(result.Message, Does.StartWith("premium 99.90 needs a volatility above 5 (the call is worth 98."));
        });
    }

    [Test]
    public void Solve_InsideBoundsButBelowTheLeastVolatility_IsOutOfRange()
    {
        // At the money with r = q = 0 the lower bound is 0, and 1e-4 volatility over a year is worth about 0.004.
        ImpliedVolatilityResult result = ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.European, new OptionInputs(100, 100, 1, 0, 0, 0.3), 0.001);

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(ImpliedVolatilityProblem.OutOfRange));
            Assert.That(result.Message, Does.StartWith("premium 0.001 needs a volatility below 0.0001 (the put is worth 0.004"));
        });
    }

    [Test]
    public void Solve_AtExpiry_SaysNoVolatilityApplies()
    {
        ImpliedVolatilityResult result = ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.American, new OptionInputs(36, 40, 0, 0.06, 0, 0.2), 4.5);

        Assert.Multiple(() =>
        {
            Assert.That(result.Problem, Is.EqualTo(ImpliedVolatilityProblem.OutOfRange));
            Assert.That(result.Message, Is.EqualTo("at expiry the put is worth its intrinsic value 4.00 (strike 40 - spot 36) whatever the volatility"));
        });
    }

    [Test]
    public void Solve_NotANumber_IsOutOfRange()
    {
        ImpliedVolatilityResult result = ImpliedVolatility.Solve(OptionRight.Put, OptionStyle.American, new OptionInputs(36, 40, 1, 0.06, 0, 0.2), double.NaN);

        Assert.That(result.Problem, Is.EqualTo(ImpliedVolatilityProblem.OutOfRange));
    }
}
