using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;
using ScottPlot;
using ScottPlot.Plottables;

namespace Backtest.Reporting.Tests.Figures;

/// <summary>
/// The equity figure plots exactly what <c>equity.csv</c> holds: each line's points are checked against the file, read
/// here by splitting its lines, not through the reporting reader.
/// </summary>
[TestFixture(PriceData.Fixture)]
[TestFixture(PriceData.Yahoo)]
public sealed class EquityFigureTests(PriceData data)
{
    private readonly TempFolders _temporary = new();
    private string _root = string.Empty;
    private SavedRun _run = null!;
    private EquityColumns _file = null!;

    [OneTimeSetUp]
    public void RunWithoutReport()
    {
        string prices = TestRuns.Prices(data);
        _root = _temporary.New();
        string folder = TestRuns.Run(TestRuns.Burry, prices, _root, withReport: false);
        _run = SavedRunReader.Read(folder);
        _file = EquityColumns.Read(folder);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Build_Run_StrategyLineIsTheEquityColumnOnItsDates()
    {
        Coordinates[] points = Line(Build(ReportOptions.Default), _run.Label);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(points.Select(p => p.Y), Is.EqualTo(_file.Equity), "y: equity.csv's equity column, exactly");
            Assert.That(points.Select(p => p.X), Is.EqualTo(_file.Dates.Select(d => d.ToOADate())), "x: equity.csv's dates");
        }
    }

    [Test]
    public void Build_Run_BenchmarkLineIsTheBenchmarkColumnOnItsDates()
    {
        Assert.That(_file.Benchmark, Is.Not.Null, "the run has a benchmark (SPY is in the data)");

        Coordinates[] points = Line(Build(ReportOptions.Default), $"Benchmark {_run.Metrics.BenchmarkTicker} (buy and hold)");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(points.Select(p => p.Y), Is.EqualTo(_file.Benchmark), "y: equity.csv's benchmark_equity column, exactly");
            Assert.That(points.Select(p => p.X), Is.EqualTo(_file.Dates.Select(d => d.ToOADate())), "x: equity.csv's dates");
        }
    }

    [Test]
    public void Build_LogScale_StrategyLineIsTheLogOfTheEquityColumn()
    {
        Coordinates[] points = Line(Build(ReportOptions.Default with { LogScale = true }), _run.Label);

        Assert.That(points.Select(p => p.Y), Is.EqualTo(_file.Equity.Select(Math.Log10)));
    }

    private Plot Build(ReportOptions options) => Figure.All.Single(f => f.Name == "equity").Build(_run, options);

    // The points of the one scatter line whose legend reads legendText.
    private static Coordinates[] Line(Plot plot, string legendText)
    {
        Scatter[] lines = [.. plot.GetPlottables().OfType<Scatter>().Where(s => s.LegendText == legendText)];
        Assert.That(lines, Has.Length.EqualTo(1), $"lines labelled '{legendText}'");
        return [.. lines[0].Data.GetScatterPoints()];
    }
}
