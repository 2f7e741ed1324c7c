namespace Backtest.Core.Options.Pricing;

/// <summary>American options under Black-Scholes-Merton dynamics: price, delta and greeks.</summary>
/// <remarks>PLACEHOLDER until the fast pricer lands: a Cox-Ross-Rubinstein tree of 400 steps.</remarks>
public static class AmericanOption
{
    private const int Steps = 400;

    /// <summary>The model price per share.</summary>
    public static double Price(OptionRight right, in OptionInputs x) => Value(right, x).Price;

    /// <summary>The model price and delta.</summary>
    public static OptionValue Value(OptionRight right, in OptionInputs x)
    {
        if (x.Years <= 0)
        {
            return BlackScholes.AtExpiry(right, x);
        }

        double dt = x.Years / Steps;
        double u = Math.Exp(x.Volatility * Math.Sqrt(dt));
        double d = 1 / u;
        double growth = Math.Exp((x.Rate - x.DividendYield) * dt);
        double p = (growth - d) / (u - d);
        double discount = Math.Exp(-x.Rate * dt);
        double sign = right == OptionRight.Call ? 1 : -1;
        var values = new double[Steps + 1];
        for (int j = 0; j <= Steps; j++)
        {
            double s = x.Spot * Math.Pow(u, j) * Math.Pow(d, Steps - j);
            values[j] = Math.Max(sign * (s - x.Strike), 0);
        }

        double up = 0, down = 0;
        for (int n = Steps - 1; n >= 0; n--)
        {
            for (int j = 0; j <= n; j++)
            {
                double s = x.Spot * Math.Pow(u, j) * Math.Pow(d, n - j);
                double held = discount * ((p * values[j + 1]) + ((1 - p) * values[j]));
                values[j] = Math.Max(held, sign * (s - x.Strike));
            }

            if (n == 1)
            {
                up = values[1];
                down = values[0];
            }
        }

        return new OptionValue(values[0], (up - down) / (x.Spot * (u - d)));
    }

    /// <summary>The model price and its greeks, by finite differences.</summary>
    public static OptionGreeks Greeks(OptionRight right, in OptionInputs x)
    {
        OptionValue v = Value(right, x);
        double h = x.Spot * 1e-3;
        double up = Price(right, x with { Spot = x.Spot + h }), down = Price(right, x with { Spot = x.Spot - h });
        double vega = (Price(right, x with { Volatility = x.Volatility + 1e-4 }) - Price(right, x with { Volatility = x.Volatility - 1e-4 })) / 2e-4;
        double theta = x.Years > 1.0 / 365 ? (Price(right, x with { Years = x.Years - (1.0 / 365) }) - v.Price) * 365 : 0;
        double rho = (Price(right, x with { Rate = x.Rate + 1e-4 }) - Price(right, x with { Rate = x.Rate - 1e-4 })) / 2e-4;
        return new OptionGreeks(v.Price, v.Delta, (up - (2 * v.Price) + down) / (h * h), vega, theta, rho);
    }
}
