namespace Backtest.Core.Options.Pricing;

/// <summary>
/// An American option's exercise boundary, solved once for a contract and reused for every day of its life: with rate,
/// dividend yield and volatility fixed, the boundary depends on neither spot nor the valuation date, so a price then costs
/// only the premium integral.
/// </summary>
/// <remarks>
/// <para>The boundary is solved over the longest tenor given and, because a fixed set of Chebyshev nodes resolves the
/// boundary near expiry only in proportion to the tenor it was solved for, again over each half of it (T, T/2, T/4, ...
/// down to a day); a price at tenor t uses the shortest of these that covers t. A boundary read at tenors other than its
/// own is sampled between its nodes, so it is solved finer than <see cref="AmericanOption"/>'s (8 nodes, 6-point boundary
/// integrals; the premium integral is the same 12 points). Measured over every day of five contracts of 1 to 3 years
/// (six spots from 0.6 K to 3 K, the hard low-volatility, high-rate corner included): within 2.1e-4 relative of the refined
/// scheme (floor 1e-5 K); 0.35 to 0.5 microseconds a price and delta against 2.3 to 2.9 for
/// <see cref="AmericanOption.Value(OptionRight, in OptionInputs)"/>; about 60 microseconds to build. With the 4-level
/// ladder of quarters or the pricers' own 5 nodes the low-volatility corner reached 4e-4 and 2.6e-3.</para>
/// <para>The regimes are <see cref="AmericanOption"/>'s: European options and the two-boundary fallback are priced directly.
/// Immutable, so one instance can serve any number of threads.</para>
/// </remarks>
public sealed class AmericanBoundary
{
    private const double Ladder = 2;
    private const double ShortestTenor = 1 / 365.0;

    private static readonly FixedPointScheme Scheme = new(nodes: 8, boundaryPoints: 6, pricePoints: 12, newtonSweeps: 3, plainIterations: 0);
    private readonly bool _boundaryMethod;
    private readonly double _putStrikeToX, _putRate, _putDividendYield;
    private readonly double[] _tenors;
    private readonly double[][] _coefficients;

    /// <summary>Solves the boundary of the option (<paramref name="right"/>, <paramref name="strike"/>) with constant
    /// <paramref name="rate"/>, <paramref name="dividendYield"/> and <paramref name="volatility"/>, for tenors up to
    /// <paramref name="maxYears"/> (&gt; 0).</summary>
    public AmericanBoundary(OptionRight right, double strike, double rate, double dividendYield, double volatility, double maxYears)
    {
        Right = right;
        Strike = strike;
        Rate = rate;
        DividendYield = dividendYield;
        Volatility = volatility;
        MaxYears = maxYears;

        (_putRate, _putDividendYield) = right == OptionRight.Put ? (rate, dividendYield) : (dividendYield, rate);
        _boundaryMethod = _putRate > 0 || (_putRate == 0 && _putDividendYield < 0);
        _putStrikeToX = AndersenLakeOffengelt.BoundaryAtExpiry(1, _putRate, _putDividendYield);
        var tenors = new List<double>();
        var coefficients = new List<double[]>();
        if (_boundaryMethod)
        {
            // The put-world boundary scales with the put-world strike, so it is solved per unit strike: a call's put-world
            // strike is the spot, which changes daily.
            Span<double> y = stackalloc double[Scheme.Nodes + 1];
            for (double tenor = maxYears; ; tenor /= Ladder)
            {
                AndersenLakeOffengelt.SolveBoundary(Scheme, tenor, _putRate, _putDividendYield, volatility, Math.Log(_putStrikeToX), y);
                tenors.Add(tenor);
                coefficients.Add(ChebyshevCoefficients(y));
                if (tenor <= ShortestTenor)
                {
                    break;
                }
            }
        }

        _tenors = [.. tenors];
        _coefficients = [.. coefficients];
    }

    /// <summary>Call or put.</summary>
    public OptionRight Right { get; }

    /// <summary>The strike.</summary>
    public double Strike { get; }

    /// <summary>The rate the boundary was solved for.</summary>
    public double Rate { get; }

    /// <summary>The dividend yield the boundary was solved for.</summary>
    public double DividendYield { get; }

    /// <summary>The volatility the boundary was solved for.</summary>
    public double Volatility { get; }

    /// <summary>The longest tenor covered.</summary>
    public double MaxYears { get; }

    /// <summary>The model price and delta at <paramref name="spot"/> with <paramref name="years"/> to expiry (0 or less is
    /// expiry; beyond <see cref="MaxYears"/> it prices from scratch with <see cref="AmericanOption"/>).</summary>
    public OptionValue Value(double spot, double years)
    {
        var x = new OptionInputs(spot, Strike, years, Rate, DividendYield, Volatility);
        if (years <= 0 || !_boundaryMethod || years > MaxYears)
        {
            return AmericanOption.Value(Right, x);
        }

        int level = 0;
        while (level + 1 < _tenors.Length && _tenors[level + 1] >= years)
        {
            level++;
        }

        double tenor = _tenors[level];
        ReadOnlySpan<double> a = _coefficients[level];
        if (Right == OptionRight.Put)
        {
            return AndersenLakeOffengelt.PutValue(Scheme, spot, Strike, years, Rate, DividendYield, Volatility, Strike * _putStrikeToX, a, tenor);
        }

        // C(S, K, r, q) = P(K, S, q, r): the put-world strike is the spot.
        OptionValue p = AndersenLakeOffengelt.PutValue(Scheme, Strike, spot, years, _putRate, _putDividendYield, Volatility, spot * _putStrikeToX, a, tenor);
        return new OptionValue(p.Price, (p.Price - (Strike * p.Delta)) / spot);
    }

    /// <summary>a_k with H(z) = sum'' a_k T_k(z), from H at the Chebyshev-Lobatto nodes z_j = -cos(j pi / n).</summary>
    private double[] ChebyshevCoefficients(ReadOnlySpan<double> y)
    {
        int n = Scheme.Nodes;
        var a = new double[n + 1];
        for (int k = 0; k <= n; k++)
        {
            double sum = 0;
            for (int j = 0; j <= n; j++)
            {
                double end = j == 0 || j == n ? 0.5 : 1;
                sum += end * y[j] * y[j] * Math.Cos(k * (n - j) * Math.PI / n);
            }

            a[k] = 2.0 / n * sum;
        }

        return a;
    }
}
