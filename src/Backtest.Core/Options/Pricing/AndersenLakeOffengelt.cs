namespace Backtest.Core.Options.Pricing;

/// <summary>
/// The American put with one exercise boundary, after Andersen, Lake and Offengelt (2016), "High-performance American
/// option pricing": the boundary from its integral equation at a few Chebyshev nodes, then the price as the European price
/// plus the early-exercise premium integrated over that boundary.
/// </summary>
/// <remarks>
/// <para>Put boundary B(tau) (exercise at S &lt;= B), tau = time to expiry. Value matching at S = B(tau) gives the fixed point
/// B = K exp(-(r - q) tau) N / D with
/// N = Phi(d-(tau, B/K)) + r * integral_0^tau exp(r u) Phi(d-(tau - u, B(tau)/B(u))) du and
/// D = Phi(d+(tau, B/K)) + q * integral_0^tau exp(q u) Phi(d+(tau - u, B(tau)/B(u))) du
/// (the paper's value-matching form; its smooth-pasting form converges faster on easy inputs but diverges at low volatility
/// and long tenor, which we measured).</para>
/// <para>The plain (Jacobi) iteration of that map converges slowly when the volatility is low and the tenor long: the
/// boundary is then nearly flat, and a node's update depends almost one for one on its own value through the interpolated
/// boundary next to it (we measured Jacobian diagonals of 0.6 to 0.8 at the longest nodes). So each node takes a Newton step
/// on y_j - F_j(y) with the exact diagonal derivative, including the node's weight in the interpolation; and nodes are swept
/// from short to long tenor using the values just updated (Gauss-Seidel), because the Jacobian's large off-diagonal terms
/// sit below the diagonal, where Jacobi-Newton amplifies them and diverges. Three sweeps from a cheap starting boundary
/// (the perpetual boundary approached as 1 - exp(-2 sigma sqrt(tau) / |ln(B_inf / X)|)) reach the discretisation error.
/// QuantLib's QdFpAmericanEngine starts instead from the QD+ approximation, solved at each node; we measured about seven
/// evaluations a node for that solve, more than the sweeps it saves here.</para>
/// <para>Without dividends (q = 0, most stocks) the D integral vanishes and is skipped: about a fifth faster.</para>
/// <para>Regime: r &gt; 0 (any q), or r = 0 with q &lt; 0; X = K min(1, r / q) is the boundary at expiry. Callers route the
/// rest elsewhere (<see cref="AmericanOption"/>).</para>
/// </remarks>
internal static class AndersenLakeOffengelt
{
    /// <summary>The boundary at expiry, X: K, or r K / q when dividends outweigh interest (q &gt; r &gt; 0).</summary>
    public static double BoundaryAtExpiry(double strike, double rate, double dividendYield) =>
        dividendYield > rate && rate > 0 ? strike * rate / dividendYield : strike;

    /// <summary>The put's price and delta (single-boundary regime).</summary>
    public static OptionValue Put(FixedPointScheme scheme, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        Span<double> y = stackalloc double[scheme.Nodes + 1];
        double x = BoundaryAtExpiry(strike, rate, dividendYield);
        SolveBoundary(scheme, years, rate, dividendYield, volatility, Math.Log(x / strike), y);
        return PutValue(scheme, spot, strike, years, rate, dividendYield, volatility, x, y);
    }

    /// <summary>
    /// Solves the boundary over [0, <paramref name="years"/>]: writes y_j = ln(B(tau_j) / X) at the nodes j = 0..n
    /// (y_0 = 0) into <paramref name="y"/>.
    /// </summary>
    public static void SolveBoundary(
        FixedPointScheme scheme, double years, double rate, double dividendYield, double volatility, double lnXOverK, Span<double> y)
    {
        int n = scheme.Nodes, l = scheme.BoundaryPoints, pairs = n * l;
        double sqrtT = Math.Sqrt(years);
        double variance = volatility * volatility;
        double drift = rate - dividendYield - (0.5 * variance);

        // Start: the perpetual put boundary B_inf = K g / (g - 1), g the negative root of s^2/2 g^2 + drift g - r = 0
        // (written without cancellation for either sign of drift), approached from X over the scale of sigma sqrt(tau).
        double root = Math.Sqrt((drift * drift) + (2 * variance * Math.Max(rate, 0)));
        double g = drift > 0 ? (-drift - root) / variance : -2 * Math.Max(rate, 0) / (root - drift);
        double yInfinity = g < 0 ? Math.Log(g / (g - 1)) - lnXOverK : double.NegativeInfinity;
        yInfinity = Math.Clamp(yInfinity, -50, -1e-12);

        Span<double> h = stackalloc double[n];
        y[0] = 0;
        for (int j = 1; j <= n; j++)
        {
            double sqrtTau = sqrtT * scheme.NodeRoot[j];
            y[j] = yInfinity * (1 - Math.Exp(-2 * volatility * sqrtTau / -yInfinity));
            h[j - 1] = y[j] * y[j];
        }

        // What does not change between sweeps, per pair (j, k): 1 / (sigma sqrt(tau_j - u)), sigma sqrt(tau_j - u), the drift
        // term of d-, and the quadrature weights folded with exp(r u) and exp(q u).
        Span<double> inverse = stackalloc double[pairs];
        Span<double> spread = stackalloc double[pairs];
        Span<double> driftTerm = stackalloc double[pairs];
        Span<double> rateWeight = stackalloc double[pairs];
        Span<double> dividendWeight = stackalloc double[pairs];
        for (int j = 1; j <= n; j++)
        {
            double sqrtTau = sqrtT * scheme.NodeRoot[j], tau = sqrtTau * sqrtTau;
            for (int k = 0; k < l; k++)
            {
                int pair = ((j - 1) * l) + k;
                double cos = scheme.BoundaryCos[k], sin = scheme.BoundarySin[k];
                double sv = volatility * sqrtTau * cos;
                double u = tau * sin * sin;
                double w = tau * scheme.BoundaryWeight[k];
                spread[pair] = sv;
                inverse[pair] = 1 / sv;
                driftTerm[pair] = drift * tau * cos * cos;
                rateWeight[pair] = rate == 0 ? 0 : w * Math.Exp(rate * u);
                dividendWeight[pair] = dividendYield == 0 ? 0 : w * Math.Exp(dividendYield * u);
            }
        }

        var system = new BoundarySystem(scheme, sqrtT, rate, dividendYield, volatility, drift, lnXOverK, inverse, spread, driftTerm, rateWeight, dividendWeight);
        for (int sweep = 0; sweep < scheme.NewtonSweeps; sweep++)
        {
            for (int j = 1; j <= n; j++)
            {
                (double target, double slope) = system.Update(j, y[j], h);
                double next = y[j] - ((y[j] - target) / Math.Max(1 - slope, 0.2));
                if (double.IsFinite(next))
                {
                    y[j] = Math.Min(next, 0);
                    h[j - 1] = y[j] * y[j];
                }
            }
        }

        Span<double> targets = stackalloc double[scheme.PlainIterations > 0 ? n + 1 : 0];
        for (int iteration = 0; iteration < scheme.PlainIterations; iteration++)
        {
            for (int j = 1; j <= n; j++)
            {
                targets[j] = system.Update(j, y[j], h).Target;
            }

            for (int j = 1; j <= n; j++)
            {
                if (double.IsFinite(targets[j]))
                {
                    y[j] = Math.Min(targets[j], 0);
                    h[j - 1] = y[j] * y[j];
                }
            }
        }
    }

    /// <summary>
    /// The put's price and delta from a boundary solved over [0, <paramref name="years"/>] (node values
    /// <paramref name="y"/>): the European value plus
    /// integral_0^T [r K e^{-r(T-u)} Phi(-d-(T-u, S/B(u))) - q S e^{-q(T-u)} Phi(-d+(T-u, S/B(u)))] du, and its S-derivative.
    /// </summary>
    public static OptionValue PutValue(
        FixedPointScheme scheme, double spot, double strike, double years, double rate, double dividendYield, double volatility, double x, ReadOnlySpan<double> y)
    {
        int n = scheme.Nodes;
        if (spot <= x * Math.Exp(y[n]))
        {
            return new OptionValue(strike - spot, -1);
        }

        Span<double> h = stackalloc double[n];
        for (int i = 0; i < n; i++)
        {
            h[i] = y[i + 1] * y[i + 1];
        }

        Span<double> boundary = stackalloc double[scheme.PricePoints];
        ReadOnlySpan<double> interpolation = scheme.PriceInterpolation;
        for (int k = 0; k < boundary.Length; k++)
        {
            ReadOnlySpan<double> row = interpolation.Slice(k * n, n);
            double hu = 0;
            for (int i = 0; i < n; i++)
            {
                hu += row[i] * h[i];
            }

            boundary[k] = Math.Sqrt(Math.Max(hu, 0));
        }

        return Premium(scheme, spot, strike, years, rate, dividendYield, volatility, x, boundary);
    }

    /// <summary>
    /// As the other overload, from a boundary solved over a longer <paramref name="tenor"/> and given by the Chebyshev
    /// coefficients of H = (ln(B / X))^2 in z = 2 sqrt(u / tenor) - 1 (<see cref="AmericanBoundary"/>).
    /// </summary>
    public static OptionValue PutValue(
        FixedPointScheme scheme,
        double spot,
        double strike,
        double years,
        double rate,
        double dividendYield,
        double volatility,
        double x,
        ReadOnlySpan<double> coefficients,
        double tenor)
    {
        double root = Math.Sqrt(years / tenor);
        if (spot <= x * Math.Exp(-Math.Sqrt(Math.Max(Chebyshev(coefficients, (2 * root) - 1), 0))))
        {
            return new OptionValue(strike - spot, -1);
        }

        Span<double> boundary = stackalloc double[scheme.PricePoints];
        for (int k = 0; k < boundary.Length; k++)
        {
            boundary[k] = Math.Sqrt(Math.Max(Chebyshev(coefficients, (2 * root * scheme.PriceSin[k]) - 1), 0));
        }

        return Premium(scheme, spot, strike, years, rate, dividendYield, volatility, x, boundary);
    }

    /// <summary>sum'' a_k T_k(z) (first and last terms halved), by Clenshaw's recurrence.</summary>
    private static double Chebyshev(ReadOnlySpan<double> a, double z)
    {
        int n = a.Length - 1;
        double next = 0, after = 0, current = 0.5 * a[n];
        for (int k = n - 1; k >= 1; k--)
        {
            (after, next) = (next, current);
            current = a[k] + (2 * z * next) - after;
        }

        return (0.5 * a[0]) + (z * current) - next;
    }

    /// <summary>The price and delta given -ln(B(u) / X) at the premium rule's points u = T sin^2(theta_k).</summary>
    private static OptionValue Premium(
        FixedPointScheme scheme, double spot, double strike, double years, double rate, double dividendYield, double volatility, double x, ReadOnlySpan<double> boundary)
    {
        OptionValue european = BlackScholes.Value(OptionRight.Put, new OptionInputs(spot, strike, years, rate, dividendYield, volatility));
        double sqrtT = Math.Sqrt(years);
        double drift = rate - dividendYield - (0.5 * volatility * volatility);
        double lnSpotOverX = Math.Log(spot / x);
        double premium = 0, premiumDelta = 0;
        for (int k = 0; k < scheme.PricePoints; k++)
        {
            double lnB = boundary[k];
            double cos = scheme.PriceCos[k];
            double elapsed = years * cos * cos; // T - u
            double sv = volatility * sqrtT * cos;
            double dMinus = (lnSpotOverX + lnB + (drift * elapsed)) / sv;
            double rateDiscount = Math.Exp(-rate * elapsed);
            (double cdfMinus, double pdfMinus) = StandardNormal.CdfAndPdf(-dMinus);
            double w = scheme.PriceWeight[k];
            premium += w * rate * strike * rateDiscount * cdfMinus;

            // d/dS, using S e^{-q(T-u)} phi(d+) = B(u) e^{-r(T-u)} phi(d-) for the dividend term's density part.
            premiumDelta -= w * rateDiscount * pdfMinus * rate * strike / (spot * sv);
            if (dividendYield != 0)
            {
                double dividendDiscount = Math.Exp(-dividendYield * elapsed);
                double cdfPlus = StandardNormal.Cdf(-(dMinus + sv));
                double exerciseAt = x * Math.Exp(-lnB);
                premium -= w * dividendYield * spot * dividendDiscount * cdfPlus;
                premiumDelta += w * dividendYield * ((rateDiscount * pdfMinus * exerciseAt / (spot * sv)) - (dividendDiscount * cdfPlus));
            }
        }

        // Never below exercising now: far outside the documented grid (K/S above 3 with years to run and high volatility)
        // the short-tenor scheme can place the boundary just below a spot that is in fact in the exercise region.
        double price = european.Price + (years * premium);
        return price >= strike - spot ? new OptionValue(price, european.Delta + (years * premiumDelta)) : new OptionValue(strike - spot, -1);
    }
}
