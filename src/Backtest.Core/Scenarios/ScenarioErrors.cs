using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>The messages for scenarios that cannot run, in one place.</summary>
public static class ScenarioErrors
{
    /// <summary>An analog name that is neither in the catalog nor <c>TICKER:FROM..TO</c>.</summary>
    public static InputException UnknownAnalog(string text, IEnumerable<string> names) =>
        new($"--analog: unknown analog '{text}'; use one of {string.Join(", ", names)}, or TICKER:FROM..TO (e.g. QQQ:2000-03-27..2002-10-09, or a basket QQQ+ORCL:2000-03-27..2002-10-09).");

    /// <summary>An analog window with no day after its start.</summary>
    public static InputException EmptyAnalog(string text) =>
        new($"--analog {text}: the window holds no trading day after its first; its end must come after its start.");

    /// <summary>An analog the data does not cover.</summary>
    public static InputException AnalogNotInData(Analog analog, TickerSeries series) =>
        new($"--analog {analog.Name} needs {analog.Ticker} from {analog.From:yyyy-MM-dd} to {analog.To:yyyy-MM-dd}; " +
            $"the data has {analog.Ticker} from {series.FirstDate:yyyy-MM-dd} to {series.LastDate:yyyy-MM-dd}" +
            $"{(series.FirstDate > analog.From ? " (a longer history is needed: one from another source, put in the data folder as " + analog.Ticker + ".csv)" : string.Empty)}.");

    /// <summary>A bad <c>--beta</c>.</summary>
    public static InputException BadBeta(string text, string problem) =>
        new($"--beta {text}: {problem}; write trailing, a number, or TICKER=number items, comma separated (e.g. trailing,NVDA=2.1).");

    /// <summary>Too short a common history for a trailing beta.</summary>
    public static InputException TooFewDaysForBeta(string ticker, string analog, DateOnly start, int days) =>
        new($"--beta: {ticker} and {analog} share {days} daily returns up to {start:yyyy-MM-dd}, fewer than the {BetaRule.MinDays} a trailing beta needs; give {ticker}'s beta (--beta {ticker}=1.5) or a beta for all (--beta 1).");

    /// <summary>A ticker whose data ends before the scenario's start.</summary>
    public static InputException DataEndsBeforeStart(TickerSeries series, DateOnly start) =>
        new($"{series.Ticker}'s data ends on {series.LastDate:yyyy-MM-dd}, before the scenario's start {start:yyyy-MM-dd}; choose an earlier --start or extend the data (backtest data fetch {series.Ticker}).");

    /// <summary>A ticker whose data starts after the scenario's start.</summary>
    public static InputException DataStartsAfterStart(TickerSeries series, DateOnly start) =>
        new($"{series.Ticker}'s data starts on {series.FirstDate:yyyy-MM-dd}, after the scenario's start {start:yyyy-MM-dd}; choose a later --start.");

    /// <summary>A start outside the run's window.</summary>
    public static InputException StartOutsideWindow(DateOnly start, DateOnly first, DateOnly last) =>
        new($"--start {start:yyyy-MM-dd} is outside the run's data, {first:yyyy-MM-dd} to {last:yyyy-MM-dd}; choose a day in it (the default is its last).");

    /// <summary>A path count out of range.</summary>
    public static InputException BadPaths(int paths) =>
        new($"--bootstrap {paths}: the number of paths must be from 1 to {BootstrapSettings.MaxPaths:N0}.");

    /// <summary>A horizon out of range.</summary>
    public static InputException BadHorizon(int days) =>
        new($"--horizon {days}: the horizon must be from 1 to {BootstrapSettings.MaxHorizon:N0} trading days (252 is a year).");

    /// <summary>A block length below a day.</summary>
    public static InputException BadBlock(double block) =>
        new($"--block {block}: the mean block length must be a number of days, at least 1 (1 draws days independently).");

    /// <summary>Too little common history to draw from.</summary>
    public static InputException HistoryTooShort(JointMoves moves, IReadOnlyList<TickerSeries> series, BootstrapSettings settings) =>
        new($"the tickers {string.Join(", ", series.Select(s => s.Ticker))} share {moves.DayCount} days of history" +
            $"{(settings.HistoryFrom is { } f ? $" from {f:yyyy-MM-dd}" : string.Empty)}{(settings.HistoryTo is { } t ? $" to {t:yyyy-MM-dd}" : string.Empty)}, " +
            $"fewer than the {BootstrapSettings.MinHistory} a bootstrap draws from; widen --history or use tickers with a longer common history.");
}
