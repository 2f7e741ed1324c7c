using Backtest.Core.Data;
using Backtest.Core.Strategies;

namespace Backtest.Core.Engine;

/// <summary>Runs a strategy over a price panel: the engine's front door.</summary>
public static class Backtester
{
    /// <summary>
    /// Runs <paramref name="strategy"/> over <paramref name="panel"/>, whose tickers must be the strategy's, in its order.
    /// Costs and margin follow <paramref name="settings"/> unless <paramref name="models"/> replaces them.
    /// </summary>
    public static BacktestResult Run(PricePanel panel, IStrategy strategy, EngineSettings settings, CostModels? models = null)
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

        return new Simulation(panel, strategy, settings, models ?? CostModels.From(settings, panel.Tickers)).Run();
    }
}
