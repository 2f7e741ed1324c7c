using System.Globalization;
using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

/// <summary>
/// American prices over the documented grid from two independent methods, stored in american-reference.csv beside this
/// file (computing them takes about a minute; the tests read them): <see cref="ReferenceTree"/> at N = 2000 and N = 4000
/// steps, and the boundary method refined far beyond the pricers' scheme (<see cref="FixedPointScheme.Precise"/>: 20 nodes,
/// 40- and 80-point quadrature, iterated to its fixed point).
/// </summary>
/// <remarks>
/// Grid: calls and puts, spot 100, K/S 0.25, 0.5, 0.8, 1, 1.2, 1.5; 1, 7, 91, 365 and 1095 days; volatility 10%, 30%, 60%,
/// 100%, 150%; (rate, dividend yield) (-1%, 0), (-1%, 5%), (1%, 5%), (4%, 0), (5%, 2%), (10%, 0). Regenerate with the explicit
/// test <c>AmericanOptionAccuracyTests.ReferenceGrid_Regenerate</c>.
/// </remarks>
public static class AmericanReferenceGrid
{
    public const string FileName = "american-reference.csv";

    public static readonly double[] Moneyness = [0.25, 0.5, 0.8, 1.0, 1.2, 1.5];
    public static readonly int[] Days = [1, 7, 91, 365, 1095];
    public static readonly double[] Volatilities = [0.10, 0.30, 0.60, 1.00, 1.50];
    public static readonly (double Rate, double DividendYield)[] Carries = [(-0.01, 0), (-0.01, 0.05), (0.01, 0.05), (0.04, 0), (0.05, 0.02), (0.10, 0)];

    /// <summary>One grid point with the tree's price at two resolutions.</summary>
    public sealed record Row(OptionRight Right, double Strike, int Days, double Rate, double DividendYield, double Volatility, double Tree2000, double Tree4000, double Refined)
    {
        public const double Spot = 100;

        /// <summary>Below this fraction of the strike, errors are measured in absolute terms (see the accuracy tests).</summary>
        public const double Floor = 1e-5;

        /// <summary>Where the tree has converged (doubling its steps moves the price by at most this), it is the reference.</summary>
        public const double TreeConverged = 2e-5;

        public OptionInputs Inputs => new(Spot, Strike, Days / 365.0, Rate, DividendYield, Volatility);

        /// <summary>The 4000-step tree where it has converged, else the refined boundary solve.</summary>
        public double Reference => RelativeError(Tree2000, Tree4000) <= TreeConverged ? Tree4000 : Refined;

        /// <summary>|value - reference| / max(|reference|, 1e-5 K).</summary>
        public double RelativeError(double value, double reference) => Math.Abs(value - reference) / Math.Max(Math.Abs(reference), Floor * Strike);

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Right} S={Spot} K={Strike} {Days}d r={Rate} q={DividendYield} vol={Volatility}");
    }

    /// <summary>Every grid point, in the order the generator writes them.</summary>
    public static IEnumerable<Row> Points()
    {
        foreach (OptionRight right in new[] { OptionRight.Call, OptionRight.Put })
        {
            foreach (double moneyness in Moneyness)
            {
                foreach (int days in Days)
                {
                    foreach (double volatility in Volatilities)
                    {
                        foreach ((double rate, double dividendYield) in Carries)
                        {
                            yield return new Row(right, Row.Spot * moneyness, days, rate, dividendYield, volatility, double.NaN, double.NaN, double.NaN);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The stored rows.</summary>
    public static IReadOnlyList<Row> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Options", "Pricing", FileName);
        return File.ReadLines(path).Skip(1).Select(Parse).ToList();
    }

    /// <summary>A point priced by the tree at both resolutions and by the refined boundary method.</summary>
    public static Row Compute(Row point) => ComputeTree(point) with { Refined = AmericanOption.Value(point.Right, point.Inputs, FixedPointScheme.Precise).Price };

    /// <summary>A point priced by the tree at both resolutions.</summary>
    public static Row ComputeTree(Row point)
    {
        OptionInputs x = point.Inputs;
        double Tree(int steps) => ReferenceTree.Price(point.Right, x.Spot, x.Strike, x.Years, x.Rate, x.DividendYield, x.Volatility, steps);
        return point with { Tree2000 = Tree(2000), Tree4000 = Tree(4000) };
    }

    public static string Format(Row row) => string.Create(
        CultureInfo.InvariantCulture,
        $"{row.Right},{row.Strike:R},{row.Days},{row.Rate:R},{row.DividendYield:R},{row.Volatility:R},{row.Tree2000:R},{row.Tree4000:R},{row.Refined:R}");

    public const string Header = "right,strike,days,rate,dividendYield,volatility,tree2000,tree4000,refined";

    private static Row Parse(string line)
    {
        string[] f = line.Split(',');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        return new Row(Enum.Parse<OptionRight>(f[0]), D(1), int.Parse(f[2], CultureInfo.InvariantCulture), D(3), D(4), D(5), D(6), D(7), D(8));
    }
}
