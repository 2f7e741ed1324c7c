namespace Backtest.Core.Options.Pricing;

/// <summary>American options under Black-Scholes-Merton dynamics: price, delta and greeks.</summary>
/// <remarks>
/// <para>Method: the exercise-boundary fixed point of Andersen, Lake and Offengelt (2016), see
/// <see cref="AndersenLakeOffengelt"/>, with 5 Chebyshev nodes, 4-point boundary integrals, a 12-point premium integral and
/// three Gauss-Seidel-Newton sweeps (<see cref="FixedPointScheme.Fast"/>). Why: quadratic approximations (Barone-Adesi-Whaley,
/// Bjerksund-Stensland 1993) miss long-dated puts by 0.5% and more (S=36, K=40, r=6%, sigma=20%, T=1: true 4.4867, BAW 4.4596,
/// BS93 4.4531); a binomial tree with a Black-Scholes last step and Richardson extrapolation needs thousands of steps (N^2
/// work) for 1e-3 in the hard corners, and still oscillates at 4000 steps when volatility is low and rate and tenor high.
/// Measured: within 2.1e-4 relative (with a floor of 1e-5 of the strike) of a converged reference at 1,800 points covering
/// K/S 0.25-1.5, a day to three years, volatility 10%-150%, rates -1% to 10% and dividend yields 0-5%, calls and puts; 5.5e-5
/// of QLNet's extrapolated Leisen-Reimer tree on a random grid; Hull's put 4.48665. Speed (BenchmarkDotNet, 2-core AMD EPYC
/// 2.6 GHz): 2.3 microseconds for price and delta without dividends, 2.9 with, no allocation. Delta comes with the price,
/// differentiated exactly, since the boundary does not depend on spot.</para>
/// <para>Calls use put-call symmetry, C(S, K, r, q) = P(K, S, q, r), and delta from the homogeneity of the put in (S, K).
/// Regimes: a put with r &lt;= 0 and q &gt;= r is never exercised early and is priced as European (so is a call with q &lt;= 0
/// and r &gt;= q, e.g. q = 0, r &gt;= 0); a put with q &lt; r &lt; 0 (a call with r &lt; q &lt; 0, negative dividend yields)
/// has two exercise boundaries, which the method does not cover: it falls back to <see cref="BinomialTree"/>, correct but
/// some hundreds of times slower (about a millisecond); with dividend yields of 0 and above it never happens.</para>
/// </remarks>
public static class AmericanOption
{
    /// <summary>The model price per share.</summary>
    public static double Price(OptionRight right, in OptionInputs x) => Value(right, x).Price;

    /// <summary>The model price and delta.</summary>
    public static OptionValue Value(OptionRight right, in OptionInputs x) => Value(right, x, FixedPointScheme.Fast);

    /// <summary>The model price and delta with another discretisation (the tests' converged reference).</summary>
    internal static OptionValue Value(OptionRight right, in OptionInputs x, FixedPointScheme scheme)
    {
        if (x.Years <= 0)
        {
            return BlackScholes.AtExpiry(right, x);
        }

        // The put-world rates: the put's own, or the call's swapped (C(S, K, r, q) = P(K, S, q, r)).
        (double rate, double dividendYield) = right == OptionRight.Put ? (x.Rate, x.DividendYield) : (x.DividendYield, x.Rate);
        if (rate <= 0 && dividendYield >= rate)
        {
            // Exercising a put in the money (S < K) earns r K <= r S <= q S, no more than the dividends it gives up: never
            // optimal, so the option is European (for a call: q <= 0 and r >= q, e.g. no dividends and r >= 0).
            return BlackScholes.Value(right, x);
        }

        if (rate < 0)
        {
            // q < r < 0 for the put: two exercise boundaries.
            return BinomialTree.Value(right, x);
        }

        if (right == OptionRight.Put)
        {
            return AndersenLakeOffengelt.Put(scheme, x.Spot, x.Strike, x.Years, x.Rate, x.DividendYield, x.Volatility);
        }

        // P is homogeneous of degree one in its spot and strike, so dC/dS = dP/d(strike) = (P - K dP/d(spot)) / S.
        OptionValue p = AndersenLakeOffengelt.Put(scheme, x.Strike, x.Spot, x.Years, x.DividendYield, x.Rate, x.Volatility);
        return new OptionValue(p.Price, (p.Price - (x.Strike * p.Delta)) / x.Spot);
    }

    /// <summary>The model price and its greeks: delta exact, the rest by central differences of the price.</summary>
    /// <remarks>Gamma differences delta over 1e-4 of spot; vega bumps volatility by 1e-4 of itself; rho bumps the rate by
    /// 1e-5; theta is minus the derivative in time to expiry, over 1e-4 of it. The price is a smooth function of every input
    /// (fixed nodes, quadrature and sweeps), so the differences are clean.</remarks>
    public static OptionGreeks Greeks(OptionRight right, in OptionInputs x)
    {
        OptionValue v = Value(right, x);
        if (x.Years <= 0)
        {
            return new OptionGreeks(v.Price, v.Delta, 0, 0, 0, 0);
        }

        double ds = 1e-4 * x.Spot, dv = 1e-4 * x.Volatility, dr = 1e-5, dt = 1e-4 * x.Years;
        double gamma = (Value(right, x with { Spot = x.Spot + ds }).Delta - Value(right, x with { Spot = x.Spot - ds }).Delta) / (2 * ds);
        double vega = (Price(right, x with { Volatility = x.Volatility + dv }) - Price(right, x with { Volatility = x.Volatility - dv })) / (2 * dv);
        double rho = (Price(right, x with { Rate = x.Rate + dr }) - Price(right, x with { Rate = x.Rate - dr })) / (2 * dr);
        double theta = -(Price(right, x with { Years = x.Years + dt }) - Price(right, x with { Years = x.Years - dt })) / (2 * dt);
        return new OptionGreeks(v.Price, v.Delta, gamma, vega, theta, rho);
    }
}
