using Backtest.Core.Data;

namespace Backtest.Core.Runs;

/// <summary>The messages for runs that cannot start, in one place.</summary>
public static class RunErrors
{
    /// <summary>A name that is neither a preset nor a strategy.</summary>
    public static InputException UnknownTarget(string name, IEnumerable<string> presets, IEnumerable<string> strategies) =>
        new($"unknown strategy or preset '{name}'. Presets: {string.Join(", ", presets)}. Strategies: {string.Join(", ", strategies)}. " +
            "Run 'list' to see them with their parameters.");

    /// <summary>A preset naming a strategy that does not exist.</summary>
    public static InputException PresetNamesUnknownStrategy(string presetPath, string strategy, IEnumerable<string> strategies) =>
        new($"{presetPath}: strategy '{strategy}' does not exist; strategies are {string.Join(", ", strategies)}.");

    /// <summary>Price files the run needs that its CSV folder lacks, with the command that fetches them.</summary>
    public static InputException MissingPriceFiles(string folder, IReadOnlyList<string> tickers, IReadOnlyCollection<string> present) =>
        new($"no price file for {string.Join(", ", tickers)} in '{folder}' (expected {string.Join(", ", tickers.Select(t => t + ".csv"))}; " +
            $"{(present.Count == 0 ? "the folder holds no price files" : $"tickers available there: {DataErrors.Listed(present)}")}). " +
            $"Fetch {(tickers.Count == 1 ? "it" : "them")} with: backtest data fetch {string.Join(' ', tickers)} --data {Quoted(folder)}");

    private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    /// <summary>A warning under <c>--strict</c>.</summary>
    public static InputException Strict(IReadOnlyList<string> warnings) =>
        new($"--strict: {warnings[0]}{(warnings.Count > 1 ? $" (and {warnings.Count - 1} more warning{(warnings.Count > 2 ? "s" : string.Empty)}; run without --strict to see them all)" : string.Empty)}.");

    /// <summary>A strategy asked to trade the same ticker twice.</summary>
    public static InputException DuplicateTicker(string ticker) =>
        new($"ticker {ticker} is listed twice; list each ticker once.");

    /// <summary>A schedule start outside the run window.</summary>
    public static InputException StartOutsideRun(string parameter, DateOnly start, DateOnly first, DateOnly last) =>
        new(start > last
            ? $"{parameter} {start:yyyy-MM-dd} is after the run's last day {last:yyyy-MM-dd}; choose an earlier {parameter} or a later --to."
            : $"{parameter} {start:yyyy-MM-dd} is before the run's first day {first:yyyy-MM-dd}; choose a later {parameter} or an earlier --from.");

    /// <summary>A schedule whose first decision falls on the run's last day, so its orders would fill after the run.</summary>
    public static InputException StartOnLastDay(string parameter, DateOnly start, DateOnly last) =>
        new($"{parameter} {start:yyyy-MM-dd} leaves no day to trade: decided after the run's last close ({last:yyyy-MM-dd}), " +
            $"its orders would fill at the next open, after the run; choose an earlier {parameter}, a later --to, or fill=close.");

    /// <summary>A window of a single trading day, in which nothing can be traded and nothing measured.</summary>
    public static InputException TooShort(DateOnly day) =>
        new($"the run window holds one trading day ({day:yyyy-MM-dd}); a run needs at least two, so widen --from/--to.");
}
