using System.Text;
using Backtest.Reporting.Sweeps;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;
using ScottPlot;

namespace Backtest.Reporting.Tests.Sweeps;

/// <summary>
/// A sweep of two parameters is a heatmap: the cells handed to ScottPlot hold exactly the csv's metric, blank where a
/// combination failed or its metric is NaN, with the best outlined and a colour scale in the metric's unit.
/// </summary>
public sealed class SweepHeatmapTests
{
    private readonly TempFolders _temporary = new();

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    // The test's own numbers: Sharpe and volatility of allocation i, entry month j, both signs for Sharpe.
    private static double Sharpe(int i, int j) => Math.Round(-1.2 + (0.3 * j) - (0.02 * i * i), 6);

    private static double Volatility(int i, int j) => Math.Round(0.05 + (0.03 * i) + (0.004 * ((j * 7) % 5)), 6);

    [Test]
    public void Build_TwoParameters_CellsAreTheCsvMetricWithDatesAcross()
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 4, 6, (i, j) => SweepFiles.Ok(Sharpe(i, j), Volatility(i, j)));

        SweepDrawing drawing = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default);

        SweepCells cells = drawing.Plot.GetPlottables().OfType<SweepCells>().Single();
        double[,] expected = new double[6, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                expected[j, i] = Sharpe(i, j);
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells.Heatmap.X.Name, Is.EqualTo("entryDate"), "dates across");
            Assert.That(cells.Heatmap.Y.Name, Is.EqualTo("shortAllocation"), "allocations up");
            Assert.That(cells.Heatmap.X.Values, Is.EqualTo(SweepFiles.Months(6)));
            Assert.That(cells.Heatmap.Y.Values, Is.EqualTo(SweepFiles.Allocations(4)));
            Assert.That(cells.Heatmap.Values, Is.EqualTo(expected), "each cell the csv's Sharpe, exactly");
            Assert.That(cells.Heatmap.Fixed, Is.Empty);
            Assert.That(drawing.Plot.Axes.Title.Label.Text, Is.EqualTo("Sharpe ratio by short allocation and entry date"));
        }
    }

    [Test]
    public void Build_FailedAndNaNRows_CellsAreBlank()
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 3, 4, (i, j) => (i, j) switch
        {
            (1, 2) => SweepFiles.Failed,
            (2, 0) => "0.1,NaN,0.2,-0.2,1000000,false,4,ok",
            _ => SweepFiles.Ok(Sharpe(i, j), Volatility(i, j)),
        });

        SweepHeatmap heatmap = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default).Heatmap!;

        var blank = new List<(int, int)>();
        for (int x = 0; x < 4; x++)
        {
            for (int y = 0; y < 3; y++)
            {
                if (double.IsNaN(heatmap.Values[x, y]))
                {
                    blank.Add((x, y));
                }
                else
                {
                    Assert.That(heatmap.Values[x, y], Is.EqualTo(Sharpe(y, x)), $"cell {x}, {y}");
                }
            }
        }

        Assert.That(blank, Is.EqualTo(new[] { (0, 2), (2, 1) }), "(date, allocation) of the NaN and the failed rows");
    }

    [Test]
    public void Build_Sharpe_BestIsTheHighestCell()
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 5, 7, (i, j) => SweepFiles.Ok((i, j) == (3, 2) ? 9 : Sharpe(i, j), Volatility(i, j)));

        SweepHeatmap heatmap = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default).Heatmap!;

        Assert.That(heatmap.Best, Is.EqualTo((2, 3)), "(date 2, allocation 3): Sharpe 9");
    }

    [Test]
    public void Build_Volatility_BestIsTheLowestCell()
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 5, 7, (i, j) => SweepFiles.Ok(Sharpe(i, j), (i, j) == (4, 5) ? 0.001 : Volatility(i, j)));

        SweepHeatmap heatmap = SweepFigures.Build(folder, "strategy.volatility", ReportOptions.Default).Heatmap!;

        Assert.That(heatmap.Best, Is.EqualTo((5, 4)), "(date 5, allocation 4): volatility 0.1%, the lowest");
    }

    [Test]
    public void Build_MaxDrawdown_BestIsTheNearestZero()
    {
        // maxDrawdown is written as -volatility: the shallowest is the smallest volatility.
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 3, 3, (i, j) => SweepFiles.Ok(Sharpe(i, j), (i, j) == (2, 1) ? 0.001 : Volatility(i, j)));

        SweepHeatmap heatmap = SweepFigures.Build(folder, "strategy.maxDrawdown", ReportOptions.Default).Heatmap!;

        Assert.That(heatmap.Best, Is.EqualTo((1, 2)));
    }

    [Test]
    public void Build_EqualBest_TheFirstInGridOrderWins()
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 3, 3, (i, j) => SweepFiles.Ok(i >= 1 && j >= 1 ? 2 : 1, 0.2));

        SweepHeatmap heatmap = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default).Heatmap!;

        Assert.That(heatmap.Best, Is.EqualTo((1, 1)), "index 4 (allocation 1, date 1) comes before the other 2s");
    }

    [Test]
    public void Build_BothSigns_ColourScaleDivergesAroundZeroInTheMetricsName()
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 4, 6, (i, j) => SweepFiles.Ok(Sharpe(i, j), Volatility(i, j)));

        Plot plot = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default).Plot;

        ColorScale scale = plot.Axes.GetPanels().OfType<ColorScale>().Single();
        double reach = Enumerable.Range(0, 4).SelectMany(i => Enumerable.Range(0, 6).Select(j => Math.Abs(Sharpe(i, j)))).Max();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scale.Label, Is.EqualTo("Sharpe ratio"));
            Assert.That(scale.Colors.Diverging, Is.True);
            Assert.That((scale.Colors.Low, scale.Colors.High), Is.EqualTo((-reach, reach)), "symmetric, so 0 is the middle");
            Assert.That(scale.Colors.Of(0), Is.EqualTo(Colors.White), "0 is white");
        }
    }

    [Test]
    public void Build_OneSign_ColourScaleIsSequentialOverTheValuesInPercent()
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), 4, 6, (i, j) => SweepFiles.Ok(Sharpe(i, j), Volatility(i, j)));

        Plot plot = SweepFigures.Build(folder, "strategy.volatility", ReportOptions.Default).Plot;

        ColorScale scale = plot.Axes.GetPanels().OfType<ColorScale>().Single();
        double[] values = [.. Enumerable.Range(0, 4).SelectMany(i => Enumerable.Range(0, 6).Select(j => Volatility(i, j)))];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(scale.Label, Is.EqualTo("Volatility (%)"));
            Assert.That(scale.Colors.Diverging, Is.False);
            Assert.That((scale.Colors.Low, scale.Colors.High), Is.EqualTo((values.Min(), values.Max())));
        }
    }

    [TestCase(3, 4, true)]
    [TestCase(12, 12, true)]
    [TestCase(10, 22, false)]
    public void Build_GridSize_CellsCarryTheirValuesOnlyWhenSmallEnoughToRead(int allocations, int months, bool withText)
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), allocations, months, (i, j) => SweepFiles.Ok(Sharpe(i, j), Volatility(i, j)));

        Plot plot = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default with { Size = new(8, 6) }).Plot;

        int texts = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Count();
        Assert.That(texts, Is.EqualTo(withText ? allocations * months : 0));
    }

    [TestCase(10, 22)]
    [TestCase(50, 50)]
    public void Write_LargeGrid_RendersEveryFormatAndTheSameBytesTwice(int allocations, int months)
    {
        string folder = SweepFiles.AllocationByDate(_temporary.New(), allocations, months, (i, j) => (i * 7 + j) % 31 == 5
            ? SweepFiles.Failed
            : SweepFiles.Ok(Math.Sin(i * 0.3) * Math.Cos(j * 0.2), Volatility(i, j)));

        IReadOnlyList<string> files = SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default);
        byte[][] first = [.. files.Select(File.ReadAllBytes)];
        IReadOnlyList<string> again = SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default);

        FigureFiles.AssertVectorPdf(files[0]);
        FigureFiles.AssertSvg(files[1]);
        FigureFiles.AssertPng(files[2]);
        Assert.That(again, Is.EqualTo(files));
        for (int k = 0; k < files.Count; k++)
        {
            Assert.That(File.ReadAllBytes(again[k]), Is.EqualTo(first[k]), $"{Path.GetFileName(files[k])} drawn twice");
        }
    }

    [Test]
    public void Build_ThreeParameters_TheTwoThatMatterAreDrawnTheOneThatDoesNothingHeldAtTheBest()
    {
        // Sharpe = 2 x allocation - stop loss; rebalance does nothing.
        string folder = Three((a, r, s) => (2 * a) - s);

        SweepDrawing drawing = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default);

        SweepHeatmap heatmap = drawing.Heatmap!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { heatmap.X.Name, heatmap.Y.Name }, Is.EquivalentTo(new[] { "shortAllocation", "stopLoss" }));
            Assert.That(heatmap.Fixed.Select(f => (f.Parameter.Name, f.Value)), Is.EqualTo(new[] { ("rebalance", "none") }), "the best's (the first of equal ones)");
            Assert.That(drawing.Plot.Axes.Title.Label.Text, Is.EqualTo("Sharpe ratio by short allocation and stop loss"));
        }
    }

    [Test]
    public void Build_ThreeParameters_TheLeastInfluentialIsHeldAtTheBestRowsValue()
    {
        // Rebalance moves Sharpe by 0.01 at most, so it is the least influential, but it decides the best: monthly.
        string folder = Three((a, r, s) => (2 * a) - s + (r == "monthly" ? 0.01 : 0));

        SweepHeatmap heatmap = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default).Heatmap!;

        (string Name, string Value)[] held = [.. heatmap.Fixed.Select(f => (f.Parameter.Name, f.Value))];
        Assert.That(held, Is.EqualTo(new[] { ("rebalance", "monthly") }));
        int x = heatmap.X.Name == "shortAllocation" ? 0 : 1;
        for (int i = 0; i < heatmap.X.Count; i++)
        {
            for (int j = 0; j < heatmap.Y.Count; j++)
            {
                double a = double.Parse(x == 0 ? heatmap.X.Values[i] : heatmap.Y.Values[j], System.Globalization.CultureInfo.InvariantCulture);
                double s = double.Parse(x == 0 ? heatmap.Y.Values[j] : heatmap.X.Values[i], System.Globalization.CultureInfo.InvariantCulture);
                Assert.That(heatmap.Values[i, j], Is.EqualTo((2 * a) - s + 0.01).Within(1e-12), $"cell {i}, {j}: the monthly rows");
            }
        }
    }

    [Test]
    public void Build_ThreeParameters_SubtitleSaysWhatIsHeldAndTheBest()
    {
        string folder = Three((a, r, s) => (2 * a) - s + (r == "monthly" ? 0.01 : 0));

        Plot plot = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default).Plot;

        string subtitle = string.Join(" ", plot.Axes.GetPanels().OfType<ScottPlot.Panels.TitlePanel>().Select(p => p.Label.Text)).Replace("\n", " ", StringComparison.Ordinal);
        Assert.That(subtitle, Does.Contain("rebalance=monthly").And.Contain("best (highest) 1.81 at shortAllocation=1, stopLoss=0.2").And.Contain("36 combinations"));
    }

    [Test]
    public void Influence_AParameterThatDoesNothing_IsZeroAndTheOthersTheirRangeOfMeans()
    {
        SweepTable table = SweepTableReader.Read(Three((a, r, s) => (2 * a) - s), "strategy.sharpe");

        double[] influence = [.. Enumerable.Range(0, 3).Select(p => Influence.Of(table, p))];

        Assert.That(influence, Is.EqualTo(new[] { 2 * (1 - 0.5), 0, 0.6 - 0.2 }).Within(1e-12), "allocation 0.5..1, rebalance none, stop loss 0.2..0.6");
    }

    // shortAllocation 0.5, 0.75, 1 x rebalance none, weekly, monthly x stopLoss 0.2, 0.4, 0.5, 0.6: 36 combinations.
    private string Three(Func<double, string, double, double> sharpe)
    {
        double[] allocations = [0.5, 0.75, 1];
        string[] rebalances = ["none", "weekly", "monthly"];
        double[] stops = [0.2, 0.4, 0.5, 0.6];
        var csv = new StringBuilder("index,shortAllocation,rebalance,stopLoss,strategy.sharpe,status\n");
        int index = 0;
        foreach (double a in allocations)
        {
            foreach (string r in rebalances)
            {
                foreach (double s in stops)
                {
                    csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{index++},{SweepFiles.Number(a)},{r},{SweepFiles.Number(s)},{SweepFiles.Number(sharpe(a, r, s))},ok\n");
                }
            }
        }

        return SweepFiles.Write(_temporary.New(), csv.ToString());
    }
}
