using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;
using Backtest.Core.Scenarios;
using Backtest.Strategies;

namespace Backtest.Benchmarks;

/// <summary>
/// The bootstrap target of the scenario issue: one-year paths (252 days) of a 3-ticker stock thesis (<c>ai-basket-short</c>:
/// short NVDA and PLTR 0.4 each, long MSFT 0.4, monthly, every cost on) held from 2025-10-01, drawn from the tickers'
/// common history (2020-10-01 to 2026-05-29) with the Politis-White block length, on every core. Each operation runs
/// <see cref="Paths"/> paths; the allocated column shows what stays: per path, only its outcome. Needs ../shared/data.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScenarioBenchmarks
{
    private BootstrapScenario _scenario = null!;

    /// <summary>Paths per operation.</summary>
    [Params(10_000, 100_000)]
    public int Paths { get; set; }

    [GlobalSetup]
    public void Prepare()
    {
        Assignment[] set =
        [
            new("basket", "NVDA,PLTR", "--set"), new("hedge", "MSFT", "--set"), new("hedgeRatio", "0.5", "--set"),
            new("shortAllocation", "0.8", "--set"), new("from", "2025-10-01", "--set"), new("cashRate", "0.04", "--set"),
        ];
        var request = new RunRequest("ai-basket-short", set, SharedData.YahooDaily(), "benchmark");
        _scenario = BootstrapScenario.Prepare([request], new BootstrapSettings(Paths, 252, null, 7), null, new StrategyCatalog(typeof(AiBasketShort).Assembly), new PresetCatalog());
    }

    /// <summary>Every path on every core, with its outcome, bands and statistics.</summary>
    [Benchmark]
    public double Bootstrap() => _scenario.Run(Environment.ProcessorCount)[0].Statistics.MedianReturn;
}
