using BenchmarkDotNet.Attributes;
using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Options;
using Backtest.Strategies;

namespace Backtest.Benchmarks;

/// <summary>
/// One backtest through the engine on a prebuilt panel (no loading, no writing): what a parameter sweep repeats.
/// Needs the real prices in ../shared/data/yahoo-daily beside the repository.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private PricePanel _burry = null!;
    private PricePanel _pair = null!;
    private readonly EngineSettings _settings = new();
    private OptionMarks _burryMarks = null!;
    private CostModels _burryModels = null!;

    [GlobalSetup]
    public void LoadPrices()
    {
        var source = new CsvFolderSource(SharedData.YahooDaily());
        _burry = PricePanelBuilder.Build([source.Load("PLTR"), source.Load("NVDA")], new DateOnly(2025, 10, 1), new DateOnly(2026, 5, 29));
        _pair = PricePanelBuilder.Build([source.Load("MSFT"), source.Load("NVDA")], new DateOnly(2020, 6, 1), new DateOnly(2026, 5, 29));
        _burryMarks = new OptionMarks(_burry, new OptionSettings());
        _burryModels = CostModels.From(_settings, _burry, _burryMarks.Settings);
        Backtester.Run(_burry, new BurryPuts2025(), _settings, _burryModels, _burryMarks);
    }

    /// <summary>burry-13f-2025: 166 days, two shorts entered once.</summary>
    [Benchmark]
    public double Burry166Days() => Backtester.Run(_burry, new Burry13F2025(), _settings).Equity[^1];

    /// <summary>burry-puts-2025 as a single run: its two contracts priced on every day they are held (2 x 165 American marks), then the run.</summary>
    [Benchmark]
    public double BurryPuts166DaysPricedInTheRun() => Backtester.Run(_burry, new BurryPuts2025(), _settings).Equity[^1];

    /// <summary>burry-puts-2025 as a sweep repeats it: the marks already priced by an earlier run on the same panel.</summary>
    [Benchmark]
    public double BurryPuts166DaysMarksShared() => Backtester.Run(_burry, new BurryPuts2025(), _settings, _burryModels, _burryMarks).Equity[^1];

    /// <summary>pair-msft-nvda: six years (1,507 days), rebalanced monthly.</summary>
    [Benchmark]
    public double PairSixYearsMonthly() => Backtester.Run(_pair, new PairMsftNvda(), _settings).Equity[^1];
}
