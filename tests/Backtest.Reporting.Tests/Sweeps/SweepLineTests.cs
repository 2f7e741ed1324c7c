using System.Globalization;
using Backtest.Reporting.Output;
using Backtest.Reporting.Sweeps;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;
using ScottPlot;
using ScottPlot.Plottables;

namespace Backtest.Reporting.Tests.Sweeps;

/// <summary>A sweep of one parameter is a line of the metric against it, in every format, with its best marked.</summary>
public sealed class SweepLineTests
{
    private readonly TempFolders _temporary = new();

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Write_OneNumericParameter_WritesALineFigureInEachFormat()
    {
        string folder = Numbers();

        IReadOnlyList<string> files = SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default);

        string figures = Path.Combine(folder, "figures");
        Assert.That(files, Is.EqualTo(new[] { "sweep.pdf", "sweep.svg", "sweep.png" }.Select(f => Path.Combine(figures, f))));
        FigureFiles.AssertVectorPdf(files[0]);
        FigureFiles.AssertSvg(files[1]);
        FigureFiles.AssertPng(files[2]);
    }

    [Test]
    public void Write_OneDateParameter_WritesALineFigureInEachFormat()
    {
        string folder = Dates();

        IReadOnlyList<string> files = SweepFigures.Write(folder, "strategy.totalReturn", ReportOptions.Default);

        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "sweep.pdf", "sweep.svg", "sweep.png" }));
        FigureFiles.AssertVectorPdf(files[0]);
        FigureFiles.AssertSvg(files[1]);
        FigureFiles.AssertPng(files[2]);
    }

    [Test]
    public void Write_PngOnly_WritesOnlyThePng()
    {
        string folder = Numbers();

        IReadOnlyList<string> files = SweepFigures.Write(folder, "strategy.sharpe", ReportOptions.Default with { Formats = FigureFormats.Png });

        Assert.That(files, Is.EqualTo(new[] { Path.Combine(folder, "figures", "sweep.png") }));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "figures")), Has.Length.EqualTo(1));
    }

    [Test]
    public void Build_OneNumericParameter_PointsAreTheCsvValuesWithAGapWhereNoneRan()
    {
        SweepDrawing drawing = SweepFigures.Build(Numbers(), "strategy.sharpe", ReportOptions.Default);

        Coordinates[][] runs = Lines(drawing.Plot);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(drawing.Heatmap, Is.Null, "one parameter is no heatmap");
            Assert.That(runs.Select(r => r.Select(p => p.X)), Is.EqualTo(new[] { new[] { 0.1, 0.2, 0.3 }, [0.5, 0.6] }), "x: the allocations, 0.4 (failed) a gap");
            Assert.That(runs.SelectMany(r => r.Select(p => p.Y)), Is.EqualTo(new[] { -0.5, 0.25, 1.5, 0.75, 0.125 }), "y: the csv's Sharpe ratios");
            Assert.That(drawing.Line!.Best, Is.EqualTo(2), "best: 1.5 at 0.3");
            Assert.That(drawing.Plot.Axes.Title.Label.Text, Is.EqualTo("Sharpe ratio by short allocation"));
        }
    }

    [Test]
    public void Build_NumbersOutOfOrder_LineRunsInAscendingOrder()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,shortAllocation,strategy.sharpe\n0,0.5,1\n1,0.1,2\n2,0.3,3\n");

        SweepDrawing drawing = SweepFigures.Build(folder, "strategy.sharpe", ReportOptions.Default);

        Coordinates[] points = Lines(drawing.Plot).Single();
        Assert.That(points.Select(p => (p.X, p.Y)), Is.EqualTo(new[] { (0.1, 2.0), (0.3, 3.0), (0.5, 1.0) }));
    }

    [Test]
    public void Build_OneDateParameter_XIsTheDatesOnADateAxis()
    {
        SweepDrawing drawing = SweepFigures.Build(Dates(), "strategy.totalReturn", ReportOptions.Default);

        Coordinates[] points = Lines(drawing.Plot).Single();
        double[] days = [.. SweepFiles.Months(6).Select(d => DateTime.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToOADate())];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(points.Select(p => p.X), Is.EqualTo(days), "x: the entry dates' day numbers");
            Assert.That(points.Select(p => p.Y), Is.EqualTo(new[] { -0.3, -0.1, 0.05, 0.2, 0.15, 0.4 }));
            Assert.That(drawing.Plot.Axes.Bottom, Is.InstanceOf<ScottPlot.AxisPanels.DateTimeXAxis>(), "a date axis, as the other figures'");
            Assert.That(drawing.Line!.Best, Is.EqualTo(5));
        }
    }

    [Test]
    public void Build_Words_OneTickPerWordInGridOrder()
    {
        string folder = SweepFiles.Write(_temporary.New(), "index,rebalance,strategy.volatility\n0,none,0.31\n1,weekly,0.3\n2,monthly,0.33\n");

        SweepDrawing drawing = SweepFigures.Build(folder, "strategy.volatility", ReportOptions.Default);

        drawing.Plot.GetImage(650, 350).Dispose();
        Tick[] ticks = drawing.Plot.Axes.Bottom.TickGenerator.Ticks;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ticks.Select(t => (t.Position, t.Label)), Is.EqualTo(new[] { (0.0, "none"), (1.0, "weekly"), (2.0, "monthly") }));
            Assert.That(drawing.Line!.Best, Is.EqualTo(1), "lowest volatility");
        }
    }

    private string Numbers() => SweepFiles.Write(_temporary.New(), """
        index,shortAllocation,strategy.sharpe,strategy.volatility,status
        0,0.1,-0.5,0.1,ok
        1,0.2,0.25,0.2,ok
        2,0.3,1.5,0.3,ok
        3,0.4,,,error: borrow unavailable
        4,0.5,0.75,0.5,ok
        5,0.6,0.125,0.6,ok

        """.Replace("\r", string.Empty, StringComparison.Ordinal), """{"grid": [{"name": "shortAllocation", "values": ["0.1"]}], "label": "burry-13f-2025"}""");

    private string Dates()
    {
        double[] returns = [-0.3, -0.1, 0.05, 0.2, 0.15, 0.4];
        string[] months = SweepFiles.Months(6);
        return SweepFiles.Write(_temporary.New(), "index,entryDate,strategy.totalReturn\n" + string.Concat(months.Select((d, k) => $"{k},{d},{SweepFiles.Number(returns[k])}\n")));
    }

    // The line's runs, in drawing order.
    private static Coordinates[][] Lines(Plot plot) =>
        [.. plot.GetPlottables().OfType<Scatter>().Select(s => s.Data.GetScatterPoints().ToArray())];
}
