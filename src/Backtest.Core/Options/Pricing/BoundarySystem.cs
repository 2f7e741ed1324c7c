namespace Backtest.Core.Options.Pricing;

/// <summary>
/// The put's boundary equation at one node, for <see cref="AndersenLakeOffengelt"/>: the value-matching map F_j(y) and its
/// derivative in the node's own value, over per-option tables that the sweeps share.
/// </summary>
internal readonly ref struct BoundarySystem
{
    private readonly FixedPointScheme _scheme;
    private readonly double _sqrtT, _rate, _dividendYield, _volatility, _drift, _lnXOverK;
    private readonly ReadOnlySpan<double> _inverse, _spread, _driftTerm, _rateWeight, _dividendWeight;

    /// <summary>Binds the tables (per pair (j, k): 1 / (sigma sqrt(tau_j - u)), sigma sqrt(tau_j - u), the drift term of d-,
    /// and the quadrature weights folded with exp(r u) and exp(q u)).</summary>
    public BoundarySystem(
        FixedPointScheme scheme,
        double sqrtT,
        double rate,
        double dividendYield,
        double volatility,
        double drift,
        double lnXOverK,
        ReadOnlySpan<double> inverse,
        ReadOnlySpan<double> spread,
        ReadOnlySpan<double> driftTerm,
        ReadOnlySpan<double> rateWeight,
        ReadOnlySpan<double> dividendWeight)
    {
        _scheme = scheme;
        _sqrtT = sqrtT;
        _rate = rate;
        _dividendYield = dividendYield;
        _volatility = volatility;
        _drift = drift;
        _lnXOverK = lnXOverK;
        _inverse = inverse;
        _spread = spread;
        _driftTerm = driftTerm;
        _rateWeight = rateWeight;
        _dividendWeight = dividendWeight;
    }

    /// <summary>
    /// F_j = ln(f / X) with f = K exp(-(r - q) tau_j) N / D at node j, given its value <paramref name="yj"/> and the squared
    /// boundary <paramref name="h"/> at nodes 1..n; and dF_j / dy_j, counting the node's share of the interpolated boundary.
    /// </summary>
    public (double Target, double Slope) Update(int j, double yj, ReadOnlySpan<double> h)
    {
        int n = _scheme.Nodes, l = _scheme.BoundaryPoints;
        ReadOnlySpan<double> interpolation = _scheme.BoundaryInterpolation;
        ReadOnlySpan<double> self = _scheme.BoundarySelfWeight;
        double sqrtTau = _sqrtT * _scheme.NodeRoot[j], tau = sqrtTau * sqrtTau;
        double n1 = 0, d1 = 0, n1Slope = 0, d1Slope = 0;
        for (int k = 0; k < l; k++)
        {
            int pair = ((j - 1) * l) + k;
            ReadOnlySpan<double> row = interpolation.Slice(pair * n, n);
            double hu = 0;
            for (int i = 0; i < n; i++)
            {
                hu += row[i] * h[i];
            }

            double lnB = Math.Sqrt(Math.Max(hu, 0)); // -ln(B(u) / X)
            double dMinus = (yj + lnB + _driftTerm[pair]) * _inverse[pair];

            // d ln(B(tau_j) / B(u)) / d y_j: 1 from B(tau_j), less the node's own share of the interpolated B(u).
            double chain = (lnB > 1e-300 ? 1 - (self[pair] * -yj / lnB) : 1) * _inverse[pair];
            if (_rate != 0)
            {
                (double cdfMinus, double pdfMinus) = StandardNormal.CdfAndPdf(dMinus);
                n1 += _rateWeight[pair] * cdfMinus;
                n1Slope += _rateWeight[pair] * pdfMinus * chain;
            }

            // Without dividends the second integral vanishes: half the work, for most stocks.
            if (_dividendYield != 0)
            {
                (double cdfPlus, double pdfPlus) = StandardNormal.CdfAndPdf(dMinus + _spread[pair]);
                d1 += _dividendWeight[pair] * cdfPlus;
                d1Slope += _dividendWeight[pair] * pdfPlus * chain;
            }
        }

        double sv = _volatility * sqrtTau;
        double dMinus0 = (yj + _lnXOverK + (_drift * tau)) / sv;
        (double cdfMinus0, double pdfMinus0) = StandardNormal.CdfAndPdf(dMinus0);
        (double cdfPlus0, double pdfPlus0) = StandardNormal.CdfAndPdf(dMinus0 + sv);
        double numerator = cdfMinus0 + (_rate * n1);
        double denominator = cdfPlus0 + (_dividendYield * d1);
        double target = -_lnXOverK - ((_rate - _dividendYield) * tau) + Math.Log(numerator / denominator);
        double slope = (((pdfMinus0 / sv) + (_rate * n1Slope)) / numerator) - (((pdfPlus0 / sv) + (_dividendYield * d1Slope)) / denominator);
        return (target, slope);
    }
}
