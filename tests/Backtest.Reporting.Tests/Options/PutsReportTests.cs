using System.Globalization;
using Backtest.Reporting.Figures;
using Backtest.Reporting.Input;
using Backtest.Reporting.Output;
using Backtest.Reporting.Tests.Support;
using Backtest.Testing;
using ScottPlot;

namespace Backtest.Reporting.Tests.Options;

/// <summary>
/// The report of a run that holds options (burry-puts-2025: PLTR and NVDA puts, no shares): its figures and tables checked
/// against the files the run saved, read here by splitting lines.
/// </summary>
[TestFixture(PriceData.Fixture)]
[TestFixture(PriceData.Yahoo)]
public sealed class PutsReportTests(PriceData data)
{
    private readonly TempFolders _temporary = new();
    private const string Pltr = "PLTR 2027-01-15 P 50";
    private const string Nvda = "NVDA 2027-01-15 P 50";

    private string _root = string.Empty;
    private string _folder = string.Empty;
    private SavedRun _run = null!;
    private EquityColumns _file = null!;

    [OneTimeSetUp]
    public void RunWithReport()
    {
        string prices = TestRuns.Prices(data);
        _root = _temporary.New();
        _folder = TestRuns.Run(TestRuns.Puts, prices, _root, withReport: true);
        _run = SavedRunReader.Read(_folder);
        _file = EquityColumns.Read(_folder);
    }

    [OneTimeTearDown]
    public void DeleteTemporaryFolders() => _temporary.DeleteAll();

    [Test]
    public void Write_PutsRun_WritesTheReportAndEveryFigure()
    {
        using (Assert.EnterMultipleScope())
        {
            FigureFiles.AssertPdf(Path.Combine(_folder, ReportWriter.ReportFile), TearSheet.Pages);
            foreach (Figure figure in Figure.All)
            {
                FigureFiles.AssertPng(Path.Combine(_folder, ReportWriter.FigureFolder, figure.Name + ".png"));
            }
        }
    }

    [Test]
    public void Build_PutsRun_DeltaAdjustedLineIsTheDeltaExposureColumn()
    {
        Coordinates[] points = PlotLines.Points(Exposure(), ExposureFigure.DeltaLabel);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_file.DeltaExposure, Is.Not.Null, "equity.csv has delta_exposure");
            Assert.That(points.Select(p => p.Y), Is.EqualTo(_file.DeltaExposure), "y: equity.csv's delta_exposure column, exactly");
            Assert.That(points.Select(p => p.X), Is.EqualTo(_file.Dates.Select(d => d.ToOADate())), "x: equity.csv's dates");
            Assert.That(points.Skip(1).Select(p => p.Y), Is.All.LessThan(0), "a put book is net short from its first fill on");
        }
    }

    [Test]
    public void Build_PutsRun_OptionLineIsOptionValueOverEquity()
    {
        Coordinates[] points = PlotLines.Points(Exposure(), ExposureFigure.OptionLabel);

        Assert.That(points.Select(p => p.Y), Is.EqualTo(_file.OptionValue!.Zip(_file.Equity, (v, e) => v / e)));
    }

    [Test]
    public void Build_PutsRun_DrawsNoShareLinesAndLabelsTheAverages()
    {
        string[] legends = PlotLines.Legends(Exposure());
        string average = Axis.PercentText(_run.Metrics.Exposure.AverageDeltaNet);

        Assert.That(legends, Is.EqualTo(new[]
        {
            $"{ExposureFigure.OptionLabel} (avg {Axis.PercentText(_run.Metrics.Exposure.AverageOptionValue)})",
            $"{ExposureFigure.DeltaLabel} (avg {average})",
        }));
    }

    [Test]
    public void Build_PutsRun_YAxisIsFittedToTheOptionsNotToTenPercent()
    {
        AxisLimits limits = Exposure().Axes.GetLimits();
        double low = _file.DeltaExposure!.Min(), high = _file.OptionValue!.Zip(_file.Equity, (v, e) => v / e).Max();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limits.Bottom, Is.LessThanOrEqualTo(low), "the deepest delta-adjusted exposure is inside the axis");
            Assert.That(limits.Top, Is.GreaterThanOrEqualTo(high), "the largest premium value is inside the axis");
            Assert.That(limits.Top - limits.Bottom, Is.LessThan(4 * (high - low) + 0.02), "the axis spans the lines, not a fixed +-10%");
        }
    }

    [Test]
    public void Fills_PutsRun_NameEachOptionFillByItsContract()
    {
        IReadOnlyList<string[]> rows = TradeRows.Fills(_run);
        int instrument = Array.IndexOf(TradeRows.FillColumns(_run), "Ticker or contract");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(instrument, Is.EqualTo(1), "the instrument column");
            Assert.That(rows.Select(r => r[instrument]), Is.EqualTo(new[] { Pltr, Nvda }));
            Assert.That(TradeRows.ByInstrument(_run).Select(r => r[0]), Is.EqualTo(new[] { Nvda, Pltr }), "the summary, in name order");
        }
    }

    [Test]
    public void ByInstrument_PutsRun_BoughtIsTheFillsValueAtAHundredSharesAContract()
    {
        string[] lines = File.ReadAllLines(Path.Combine(_folder, "trades.csv"));
        string[] header = lines[0].Split(',');
        int contract = Array.IndexOf(header, "contract"), value = Array.IndexOf(header, "value"), quantity = Array.IndexOf(header, "quantity"),
            price = Array.IndexOf(header, "price"), multiplier = Array.IndexOf(header, "multiplier");
        string[] pltr = lines.Skip(1).Select(l => l.Split(',')).Single(f => f[contract] == Pltr);
        double money = double.Parse(pltr[value], CultureInfo.InvariantCulture);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(double.Parse(pltr[multiplier], CultureInfo.InvariantCulture), Is.EqualTo(100), "multiplier");
            Assert.That(money, Is.EqualTo(double.Parse(pltr[quantity], CultureInfo.InvariantCulture) * 100 * double.Parse(pltr[price], CultureInfo.InvariantCulture)).Within(1e-9).Percent);
            Assert.That(TradeRows.ByInstrument(_run).Single(r => r[0] == Pltr)[2], Is.EqualTo(MetricText.Money(money)), "Bought");
        }
    }

    [Test]
    public void Exposure_PutsRun_AddsTheDeltaAdjustedNetAndTheOptionValue()
    {
        string[][] rows = [.. MetricRows.Exposure(_run.Metrics.Exposure, _run.HasOptions)];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Single(r => r[0] == MetricRows.DeltaNet)[1], Is.EqualTo(MetricText.Percent(_run.Metrics.Exposure.AverageDeltaNet)));
            Assert.That(rows.Single(r => r[0] == MetricRows.OptionValue)[1], Is.EqualTo(MetricText.Percent(_run.Metrics.Exposure.AverageOptionValue)));
            Assert.That(_run.Metrics.Exposure.AverageDeltaNet, Is.LessThan(0), "a put book is net short");
        }
    }

    [Test]
    public void OptionRows_PutsRun_PltrIsAnchoredAndNvdaSetByTheStrategy()
    {
        Dictionary<string, string[]> rows = OptionRows.Of(_run).ToDictionary(r => r[0]);
        int volatility = OptionRows.Columns.ToList().IndexOf("Volatility");
        double pltrVolatility = _run.OptionMarks.First(m => m.Contract == Pltr).Volatility;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Keys, Is.EqualTo(new[] { Pltr, Nvda }));
            Assert.That(rows[Pltr][volatility], Is.EqualTo($"{MetricText.Percent(pltrVolatility)} anchored"));
            Assert.That(rows[Nvda][volatility], Is.EqualTo("54.00% set"), "the preset's nvdaVol, kept for the contract's life");
            Assert.That(_run.Record.Events.Single(e => e.Kind == "anchor").Message, Does.Contain(Pltr).And.Contain($"implies a volatility of {MetricText.Percent(pltrVolatility)}"));
        }
    }

    [Test]
    public void OptionRows_PutsRun_PnlIsEachContractsInMetricsJson()
    {
        int pnl = OptionRows.Columns.ToList().IndexOf("P&L");

        Assert.That(
            OptionRows.Of(_run).Select(r => r[pnl]),
            Is.EqualTo(new[] { Pltr, Nvda }.Select(c => MetricText.Money(_run.Metrics.Tickers.Single(t => t.Ticker == c).Pnl))));
    }

    [Test]
    public void Rows_PutsRun_ContributionIsTheContractsWithoutTheUntradedUnderlyings() =>
        Assert.That(ContributionFigure.Rows(_run).Select(t => t.Ticker), Is.EquivalentTo(new[] { Pltr, Nvda }));

    [Test]
    public void SettingsLine_PutsRun_NamesTheOptionSpreadRateAndVolatilityRule() =>
        Assert.That(
            _run.SettingsLine,
            Does.Contain("option spread 5% of premium").And.Contain("option rate 4%").And.Contain("option vol 63-day realised x1 (floor 10%) unless anchored or set"));

    [Test]
    public void Write_AgainOnThePutsRunsFolder_GivesTheSameFilesByteForByte()
    {
        string copy = Path.Combine(_root, "again");
        FolderSnapshot.Copy(_folder, copy);
        SortedDictionary<string, string> before = FolderSnapshot.Of(copy);

        ReportWriter.Write(copy, ReportOptions.Default);

        SortedDictionary<string, string> after = FolderSnapshot.Of(copy);
        Assert.That(after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key), Is.Empty, "files whose SHA-256 changed");
    }

    private Plot Exposure() => Figure.All.Single(f => f.Name == "exposure").Build(_run, ReportOptions.Default);
}
