using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

/// <summary>Greeks by central differences of a price function, with steps of its own (unlike the pricers'), to test against.</summary>
public static class FiniteDifferences
{
    public delegate double Pricer(OptionRight right, in OptionInputs x);

    public static OptionGreeks Greeks(Pricer price, OptionRight right, in OptionInputs x)
    {
        double ds = 1e-3 * x.Spot, dv = 1e-3 * x.Volatility, dr = 1e-4, dt = Math.Min(1e-3 * x.Years, 1e-4);
        double p = price(right, x);
        double up = price(right, x with { Spot = x.Spot + ds }), down = price(right, x with { Spot = x.Spot - ds });
        return new OptionGreeks(
            p,
            (up - down) / (2 * ds),
            (up - (2 * p) + down) / (ds * ds),
            (price(right, x with { Volatility = x.Volatility + dv }) - price(right, x with { Volatility = x.Volatility - dv })) / (2 * dv),
            -(price(right, x with { Years = x.Years + dt }) - price(right, x with { Years = x.Years - dt })) / (2 * dt),
            (price(right, x with { Rate = x.Rate + dr }) - price(right, x with { Rate = x.Rate - dr })) / (2 * dr));
    }

    /// <summary>
    /// Each greek within a tolerance scaled to its size and to the price: differences of a price carry errors of order
    /// h^2 times a third derivative, and rounding of order 1e-16 price / h.
    /// </summary>
    public static void AssertClose(OptionGreeks actual, OptionGreeks expected, double price, string what)
    {
        double scale = Math.Max(price, 1);
        Assert.Multiple(() =>
        {
            Assert.That(actual.Delta, Is.EqualTo(expected.Delta).Within(1e-5 + (1e-4 * Math.Abs(expected.Delta))), $"delta {what}");
            Assert.That(actual.Gamma, Is.EqualTo(expected.Gamma).Within(1e-5 + (1e-3 * Math.Abs(expected.Gamma))), $"gamma {what}");
            Assert.That(actual.Vega, Is.EqualTo(expected.Vega).Within((1e-6 * scale) + (1e-3 * Math.Abs(expected.Vega))), $"vega {what}");
            Assert.That(actual.Theta, Is.EqualTo(expected.Theta).Within((1e-5 * scale) + (1e-3 * Math.Abs(expected.Theta))), $"theta {what}");
            Assert.That(actual.Rho, Is.EqualTo(expected.Rho).Within((1e-6 * scale) + (1e-3 * Math.Abs(expected.Rho))), $"rho {what}");
        });
    }
}
