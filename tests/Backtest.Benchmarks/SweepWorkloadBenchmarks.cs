using BenchmarkDotNet.Attributes;
using Backtest.Core.Data;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Strategies;

namespace Backtest.Benchmarks;

/// <summary>
/// Workload W of the sweep issue: short NVDA and PLTR 0.4 each, long MSFT 0.4 (<c>ai-basket-short</c>, basket NVDA,PLTR,
/// hedge MSFT, hedgeRatio 0.5, shortAllocation 0.8), monthly, every cost on (the engine's commission, slippage and borrow
/// defaults, and 4% a year on cash), 2020-10-01 to 2026-05-29 (1,421 days x 3 tickers). Needs ../shared/data.
/// </summary>
[MemoryDiagnoser]
public class SweepWorkloadBenchmarks
{
    /// <summary>Backtests per sweep operation.</summary>
    public const int SweepSize = 1_000;

    private readonly EngineSettings _settings = new() { CashRate = 0.04 };
    private PricePanel _panel = null!;
    private BenchmarkCurve _spy = null!;
    private AiBasketShort _strategy = null!;
    private readonly RunBuffers _buffers = new();

    [GlobalSetup]
    public void LoadPrices()
    {
        var source = new CsvFolderSource(SharedData.YahooDaily());
        _panel = PricePanelBuilder.Build([source.Load("NVDA"), source.Load("PLTR"), source.Load("MSFT")], new DateOnly(2020, 10, 1), new DateOnly(2026, 5, 29));
        _spy = BenchmarkCurve.Build(source.Load("SPY"), _panel.Dates, _settings.Capital);
        _strategy = new AiBasketShort { Basket = ["NVDA", "PLTR"], Hedge = "MSFT", HedgeRatio = 0.5, ShortAllocation = 0.8 };
    }

    /// <summary>One W backtest, no metrics.</summary>
    [Benchmark]
    public double OneBacktest() => Backtester.Run(_panel, _strategy, _settings).Equity[^1];

    /// <summary>One W backtest and every metric of metrics.json against SPY.</summary>
    [Benchmark]
    public double OneBacktestWithMetrics() => RunMetrics.Compute(Backtester.Run(_panel, _strategy, _settings), _spy, 0).Strategy.Sharpe;

    /// <summary>One W backtest and its metrics as a sweep's thread runs it: recording into the same buffers every time.</summary>
    [Benchmark]
    public double OneBacktestWithMetricsInBuffers() =>
        RunMetrics.Compute(Backtester.Run(_panel, _strategy, _settings, buffers: _buffers), _spy, 0).Strategy.Sharpe;

    /// <summary>1,000 W backtests with metrics on one thread (divide by 1,000 for one).</summary>
    [Benchmark(OperationsPerInvoke = SweepSize)]
    public double SweepOneThread()
    {
        double sum = 0;
        for (int k = 0; k < SweepSize; k++)
        {
            sum += OneBacktestWithMetrics();
        }

        return sum;
    }

    /// <summary>1,000 W backtests with metrics on every core, each thread recording into its own buffers as a sweep does
    /// (divide by 1,000 for one; its inverse is the sweep's rate).</summary>
    [Benchmark(OperationsPerInvoke = SweepSize)]
    public double SweepAllCores()
    {
        var sharpe = new double[SweepSize];
        Parallel.For(0, SweepSize, () => new RunBuffers(), (k, _, buffers) =>
        {
            sharpe[k] = RunMetrics.Compute(Backtester.Run(_panel, _strategy, _settings, buffers: buffers), _spy, 0).Strategy.Sharpe;
            return buffers;
        }, _ => { });
        return sharpe.Sum();
    }
}
