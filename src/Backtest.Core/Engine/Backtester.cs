using Backtest.Core.Data;
using Backtest.Core.Options;
using Backtest.Core.Strategies;

namespace Backtest.Core.Engine;

/// <summary>Runs a strategy over a price panel: the engine's front door.</summary>
public static class Backtester
{
    /// <summary>
    /// Runs <paramref name="strategy"/> over <paramref name="panel"/>, whose tickers must be the strategy's, in its order.
    /// Costs and margin follow <paramref name="settings"/> unless <paramref name="models"/> replaces them. Options the strategy
    /// asks for are priced by <paramref name="options"/>, which runs on the same panel may share (each contract is then priced
    /// once); without it, a run that asks for options prices them with the default <see cref="OptionSettings"/>. With
    /// <paramref name="buffers"/>, the run records into them instead of new arrays, and the result shares them (see <see cref="RunBuffers"/>).
    /// </summary>
    public static BacktestResult Run(PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels? models = null, OptionMarks? options = null, RunBuffers? buffers = null) =>
        Run(panel, strategy, settings, models, options, buffers, stepEveryDay: false);

    /// <summary>As the public <c>Run</c>; with <paramref name="stepEveryDay"/>, every day runs every step (no quiet-day stretches), for tests that check the two give the same run.</summary>
    internal static BacktestResult Run(PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels? models, OptionMarks? options, RunBuffers? buffers, bool stepEveryDay)
    {
        IReadOnlyList<string> tickers = strategy.Tickers;
        if (tickers.Count != panel.TickerCount)
        {
            throw new ArgumentException($"the panel has {panel.TickerCount} tickers, the strategy trades {tickers.Count}");
        }

        for (int i = 0; i < tickers.Count; i++)
        {
            if (!string.Equals(tickers[i], panel.Tickers[i], StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"panel ticker {i} is {panel.Tickers[i]}, the strategy's is {tickers[i]}");
            }
        }

        if (options is not null && !ReferenceEquals(options.Panel, panel))
        {
            throw new ArgumentException("the option marks were made for another panel", nameof(options));
        }

        OptionMarks Marks() => options ?? new OptionMarks(panel, new OptionSettings());
        return new Simulation(panel, strategy, settings, models ?? CostModels.From(settings, panel, options?.Settings), Marks, buffers ?? new RunBuffers(), stepEveryDay).Run();
    }
}
