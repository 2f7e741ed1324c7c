namespace Backtest.Core.Options.Pricing;

/// <summary>
/// The discretisation of the Andersen-Lake-Offengelt exercise-boundary method, with every table that does not depend on the
/// option precomputed once: Chebyshev nodes, quadrature nodes and weights, and the interpolation weights that map boundary
/// values at the nodes to the points where the integrals need them.
/// </summary>
/// <remarks>
/// <para>Time to expiry u in [0, T] is mapped to z = 2 sqrt(u / T) - 1 in [-1, 1]; the boundary is carried as
/// y = ln(B / X) &lt;= 0 at the Chebyshev-Lobatto nodes z_j = -cos(j pi / n), j = 0..n (y_0 = 0 at expiry), and interpolated
/// through H = y^2, which is smooth in sqrt(u) where B itself is not.</para>
/// <para>Every integral over [0, tau] is taken in theta with u = tau sin^2(theta), theta in [0, pi/2]: sqrt(u) and
/// sqrt(tau - u) are then sin and cos of theta, so both the square-root behaviour of the boundary near u = 0 and the
/// 1 / sqrt(tau - u) kernel near u = tau become smooth, and Gauss-Legendre in theta converges fast. Because
/// z = (1 + z_j) sin(theta_k) - 1 is the same for every option, the interpolation weights are tables too.</para>
/// </remarks>
internal sealed class FixedPointScheme
{
    /// <summary>The scheme the pricers use: 5 nodes, 4 points per boundary integral, 12 for the price, 3 Newton sweeps.</summary>
    /// <remarks>Chosen by measurement over the reference grid (max relative error against the refined scheme): (5, 5, 12, 2
    /// sweeps) 3.5e-4 but 1.1e-3 absolute on Hull's put; (5, 4, 12, 3) 1.9e-4 and 5e-5 on Hull's put; (6, 5, 12, 2) 2.5e-4;
    /// 4 nodes 1.4e-3. A sweep costs about as much as a node's worth of extra points, and converges further.</remarks>
    public static readonly FixedPointScheme Fast = new(nodes: 5, boundaryPoints: 4, pricePoints: 12, newtonSweeps: 3, plainIterations: 0);

    /// <summary>A scheme converged to about 1e-7 relative (it moves no price by more than that when refined to 32 nodes), for
    /// the tests' reference; about 2 ms a price.</summary>
    public static readonly FixedPointScheme Precise = new(nodes: 20, boundaryPoints: 40, pricePoints: 80, newtonSweeps: 3, plainIterations: 50);

    /// <summary>Builds the tables.</summary>
    /// <param name="nodes">n: Chebyshev intervals (n + 1 nodes, the one at expiry known).</param>
    /// <param name="boundaryPoints">l: Gauss-Legendre points per integral in the boundary equation.</param>
    /// <param name="pricePoints">p: Gauss-Legendre points in the early-exercise premium.</param>
    /// <param name="newtonSweeps">m: Gauss-Seidel-Newton sweeps over the nodes.</param>
    /// <param name="plainIterations">Plain (Jacobi) fixed-point iterations after them: slower, but stable at any number of
    /// nodes, where the Newton sweeps drift with many nodes (we saw it at 32).</param>
    public FixedPointScheme(int nodes, int boundaryPoints, int pricePoints, int newtonSweeps, int plainIterations)
    {
        Nodes = nodes;
        BoundaryPoints = boundaryPoints;
        PricePoints = pricePoints;
        NewtonSweeps = newtonSweeps;
        PlainIterations = plainIterations;

        NodeRoot = new double[nodes + 1];
        for (int j = 0; j <= nodes; j++)
        {
            NodeRoot[j] = 0.5 * (1 - Math.Cos(j * Math.PI / nodes));
        }

        (BoundarySin, BoundaryCos, BoundaryWeight) = ThetaRule(boundaryPoints);
        (PriceSin, PriceCos, PriceWeight) = ThetaRule(pricePoints);

        BoundaryInterpolation = new double[nodes * boundaryPoints * nodes];
        BoundarySelfWeight = new double[nodes * boundaryPoints];
        Span<double> weights = stackalloc double[nodes + 1];
        for (int j = 1; j <= nodes; j++)
        {
            for (int k = 0; k < boundaryPoints; k++)
            {
                int pair = ((j - 1) * boundaryPoints) + k;
                InterpolationWeights((2 * NodeRoot[j] * BoundarySin[k]) - 1, weights);
                weights[1..].CopyTo(BoundaryInterpolation.AsSpan(pair * nodes, nodes));
                BoundarySelfWeight[pair] = weights[j];
            }
        }

        PriceInterpolation = new double[pricePoints * nodes];
        for (int k = 0; k < pricePoints; k++)
        {
            InterpolationWeights((2 * PriceSin[k]) - 1, weights);
            weights[1..].CopyTo(PriceInterpolation.AsSpan(k * nodes, nodes));
        }
    }

    /// <summary>n: Chebyshev intervals; the unknowns are the boundary at nodes 1..n.</summary>
    public int Nodes { get; }

    /// <summary>l: quadrature points per boundary integral.</summary>
    public int BoundaryPoints { get; }

    /// <summary>p: quadrature points in the premium integral.</summary>
    public int PricePoints { get; }

    /// <summary>m: Gauss-Seidel-Newton sweeps of the fixed-point iteration.</summary>
    public int NewtonSweeps { get; }

    /// <summary>Plain Jacobi iterations after the Newton sweeps.</summary>
    public int PlainIterations { get; }

    /// <summary>sqrt(tau_j / T) at node j = 0..n: (1 + z_j) / 2.</summary>
    public double[] NodeRoot { get; }

    /// <summary>sin(theta_k) of the boundary-integral rule.</summary>
    public double[] BoundarySin { get; }

    /// <summary>cos(theta_k) of the boundary-integral rule.</summary>
    public double[] BoundaryCos { get; }

    /// <summary>Weights W_k with integral over [0, tau] of f(u) du = tau * sum W_k f(tau sin^2 theta_k).</summary>
    public double[] BoundaryWeight { get; }

    /// <summary>For pair (j, k), row (j - 1) * l + k: the weights of H_1..H_n giving H at u = tau_j sin^2 theta_k.</summary>
    public double[] BoundaryInterpolation { get; }

    /// <summary>For pair (j, k): the weight of node j itself (the Newton step needs it).</summary>
    public double[] BoundarySelfWeight { get; }

    /// <summary>sin(theta_k) of the premium rule.</summary>
    public double[] PriceSin { get; }

    /// <summary>cos(theta_k) of the premium rule.</summary>
    public double[] PriceCos { get; }

    /// <summary>Weights of the premium rule, as <see cref="BoundaryWeight"/>.</summary>
    public double[] PriceWeight { get; }

    /// <summary>For premium point k, row k: the weights of H_1..H_n giving H at u = T sin^2 theta_k.</summary>
    public double[] PriceInterpolation { get; }

    /// <summary>Gauss-Legendre in theta on [0, pi/2], folded with the Jacobian du = tau sin(2 theta) d theta.</summary>
    private static (double[] Sin, double[] Cos, double[] Weight) ThetaRule(int count)
    {
        (double[] x, double[] w) = GaussLegendre.Rule(count);
        var sin = new double[count];
        var cos = new double[count];
        var weight = new double[count];
        for (int k = 0; k < count; k++)
        {
            double theta = 0.25 * Math.PI * (1 + x[k]);
            sin[k] = Math.Sin(theta);
            cos[k] = Math.Cos(theta);
            weight[k] = 0.25 * Math.PI * w[k] * 2 * sin[k] * cos[k];
        }

        return (sin, cos, weight);
    }

    /// <summary>
    /// The weights w_i with p(z) = sum w_i f(z_i) for the polynomial p of degree n through the Chebyshev-Lobatto nodes
    /// z_i = -cos(i pi / n): p = sum'' a_k T_k with a_k = (2 / n) sum'' f(z_i) T_k(z_i) (end terms halved).
    /// </summary>
    private void InterpolationWeights(double z, Span<double> weights)
    {
        int n = Nodes;
        Span<double> chebyshev = stackalloc double[n + 1];
        chebyshev[0] = 1;
        chebyshev[1] = z;
        for (int k = 2; k <= n; k++)
        {
            chebyshev[k] = (2 * z * chebyshev[k - 1]) - chebyshev[k - 2];
        }

        for (int i = 0; i <= n; i++)
        {
            double sum = 0;
            for (int k = 0; k <= n; k++)
            {
                // T_k(z_i) = cos(k (n - i) pi / n) since z_i = cos((n - i) pi / n).
                double end = k == 0 || k == n ? 0.5 : 1;
                sum += end * Math.Cos(k * (n - i) * Math.PI / n) * chebyshev[k];
            }

            weights[i] = (i == 0 || i == n ? 0.5 : 1) * 2.0 / n * sum;
        }
    }
}
