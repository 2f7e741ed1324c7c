namespace Backtest.Core.Strategies;

/// <summary>A trading idea: which tickers it trades, when it decides, and what it wants after each decision close.</summary>
/// <remarks>
/// Mark the class with <see cref="StrategyAttribute"/> and its tunable properties with
/// <see cref="Parameters.ParameterAttribute"/>; the runner sets them from presets and <c>--set</c> before the run.
/// The panel's tickers are <see cref="Tickers"/> in the same order, so ticker <c>i</c> of the
/// <see cref="DecisionContext"/> is <c>Tickers[i]</c>.
/// </remarks>
public interface IStrategy
{
    /// <summary>The tickers the strategy trades, known once its parameters are set.</summary>
    IReadOnlyList<string> Tickers { get; }

    /// <summary>When <see cref="Decide"/> is called.</summary>
    Schedule Schedule { get; }

    /// <summary>Called after the close of each scheduled day with data up to that close; writes what it wants into <paramref name="targets"/>.</summary>
    void Decide(in DecisionContext context, TargetBook targets);
}
