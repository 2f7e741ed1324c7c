using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Tests.Options.Pricing;

/// <summary>
/// The fast American pricer against a converged reference over the whole documented grid (<see cref="AmericanReferenceGrid"/>).
/// </summary>
/// <remarks>
/// Errors are relative with an absolute floor: |price - reference| / max(reference, 1e-5 K). Below 1e-5 of the strike (a
/// thousandth of a cent a share on a $100 strike) a price is worth nothing to a portfolio, and relative accuracy there would
/// only measure the reference's own rounding; above it the check is plainly relative.
/// </remarks>
[TestFixture]
public class AmericanOptionAccuracyTests
{

    [Test]
    public void ReferenceGrid_TreeAndRefinedBoundary_AgreeWithinTheTreesOwnConvergence()
    {
        // Two independent methods. The tree's error is measured by doubling its steps; the refined boundary solve must sit
        // within 5e-5 plus twice that of the tree everywhere. Where the tree has converged (all but a few dozen points)
        // that pins the refined solve to 9e-5; where it has not (low volatility, high rate, long tenor: the tree still
        // swings by 1e-3 at 2000 steps and 3e-5 at 32,000, towards the refined value), the refined solve is the reference.
        IReadOnlyList<AmericanReferenceGrid.Row> rows = AmericanReferenceGrid.Load();

        var check = rows.Select(r => (
            Row: r,
            Tree: r.RelativeError(r.Tree2000, r.Tree4000),
            Gap: r.RelativeError(r.Refined, r.Tree4000))).ToList();

        var worst = check.MaxBy(c => c.Gap - (2 * c.Tree));
        int converged = check.Count(c => c.Tree <= AmericanReferenceGrid.Row.TreeConverged);
        TestContext.Out.WriteLine(
            $"{rows.Count} points; tree converged to {AmericanReferenceGrid.Row.TreeConverged:E0} at {converged}; largest tree change {check.Max(c => c.Tree):E2}; " +
            $"largest gap refined-tree {check.Max(c => c.Gap):E2}; tightest: gap {worst.Gap:E2} with tree change {worst.Tree:E2} at {worst.Row}");
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(AmericanReferenceGrid.Points().Count()));
            Assert.That(worst.Gap, Is.LessThanOrEqualTo(5e-5 + (2 * worst.Tree)), worst.Row.ToString());
            Assert.That(converged, Is.GreaterThan(0.95 * rows.Count));
        });
    }

    [Test]
    public void Value_AcrossReferenceGrid_WithinOneThousandthOfTheReference()
    {
        IReadOnlyList<AmericanReferenceGrid.Row> rows = AmericanReferenceGrid.Load();

        var errors = rows.Select(r =>
        {
            double price = AmericanOption.Price(r.Right, r.Inputs);
            return (Row: r, Error: r.RelativeError(price, r.Reference), AgainstTree: r.RelativeError(price, r.Tree4000));
        }).ToList();

        var worst = errors.MaxBy(e => e.Error);
        double rms = Math.Sqrt(errors.Average(e => e.Error * e.Error));
        TestContext.Out.WriteLine(
            $"{rows.Count} points; max relative error {worst.Error:E2} at {worst.Row}; rms {rms:E2}; " +
            $"against the 4000-step tree alone {errors.Max(e => e.AgainstTree):E2}");
        Assert.That(worst.Error, Is.LessThan(1e-3), worst.Row.ToString());
    }

    [TestCase(0)]
    [TestCase(437)]
    [TestCase(1499)]
    public void ReferenceGrid_StoredRow_IsWhatTheCodeComputes(int index)
    {
        // The stored file is this code's output, not numbers from elsewhere.
        AmericanReferenceGrid.Row stored = AmericanReferenceGrid.Load()[index];

        AmericanReferenceGrid.Row computed = AmericanReferenceGrid.Compute(stored);

        Assert.Multiple(() =>
        {
            Assert.That(computed.Tree2000, Is.EqualTo(stored.Tree2000).Within(1e-12).Percent);
            Assert.That(computed.Tree4000, Is.EqualTo(stored.Tree4000).Within(1e-12).Percent);
            Assert.That(computed.Refined, Is.EqualTo(stored.Refined).Within(1e-12).Percent);
        });
    }

    // The hardest corner for every method here, and two ordinary points.
    [TestCase(OptionRight.Put, 100.0, 100.0, 1095, 0.10, 0.0, 0.10)]
    [TestCase(OptionRight.Put, 36.0, 40.0, 365, 0.06, 0.0, 0.20)]
    [TestCase(OptionRight.Call, 100.0, 120.0, 365, 0.01, 0.05, 0.60)]
    public void RefinedScheme_RefinedFurther_MovesLessThanOneInTenMillion(OptionRight right, double spot, double strike, int days, double rate, double dividendYield, double volatility)
    {
        var x = new OptionInputs(spot, strike, days / 365.0, rate, dividendYield, volatility);
        var finer = new FixedPointScheme(nodes: 32, boundaryPoints: 64, pricePoints: 128, newtonSweeps: 3, plainIterations: 100);

        double refined = AmericanOption.Value(right, x, FixedPointScheme.Precise).Price;
        double finest = AmericanOption.Value(right, x, finer).Price;

        Assert.That(refined, Is.EqualTo(finest).Within(1e-7 * finest));
    }

    [Test]
    [Explicit("Rewrites american-reference.csv in the source tree; takes about a minute.")]
    public void ReferenceGrid_Regenerate()
    {
        string folder = SourceFolder();
        var lines = new List<string> { AmericanReferenceGrid.Header };
        lines.AddRange(AmericanReferenceGrid.Points().AsParallel().AsOrdered().Select(p => AmericanReferenceGrid.Format(AmericanReferenceGrid.Compute(p))));
        File.WriteAllLines(Path.Combine(folder, AmericanReferenceGrid.FileName), lines);
    }

    private static string SourceFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backtest.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Backtest.Core.Tests", "Options", "Pricing");
            }
        }

        throw new DirectoryNotFoundException("no Backtest.sln above the test binaries");
    }
}
