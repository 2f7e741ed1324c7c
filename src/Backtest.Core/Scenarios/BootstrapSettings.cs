namespace Backtest.Core.Scenarios;

/// <summary>What a bootstrap Monte Carlo draws: how many paths, how long, in blocks of what mean length, from which history, with which seed.</summary>
/// <param name="Paths">The number of paths.</param>
/// <param name="Horizon">Synthetic trading days per path (252 is a year).</param>
/// <param name="MeanBlock">The mean block length in days, or null for the Politis-White choice on the history.</param>
/// <param name="Seed">The seed: the same seed, settings and data give the same paths, byte for byte.</param>
/// <param name="HistoryFrom">The first day of the history drawn from, or null for as far back as all tickers go.</param>
/// <param name="HistoryTo">The last day of the history drawn from, or null for the scenario's start.</param>
/// <param name="KeepDrift">Whether paths keep the history's drift (its trend), or have each ticker's taken out (<c>--drift none</c>).</param>
public sealed record BootstrapSettings(int Paths, int Horizon, double? MeanBlock, long Seed, DateOnly? HistoryFrom = null, DateOnly? HistoryTo = null, bool KeepDrift = true)
{
    /// <summary>The most paths a run takes (memory grows 16 bytes a path and target).</summary>
    public const int MaxPaths = 10_000_000;

    /// <summary>The longest horizon, in trading days (ten years).</summary>
    public const int MaxHorizon = 2520;

    /// <summary>Fewer days of history than this are too few to resample a year from.</summary>
    public const int MinHistory = 250;
}
