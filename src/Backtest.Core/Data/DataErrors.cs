namespace Backtest.Core.Data;

/// <summary>The messages for bad price and dividend files, in one place.</summary>
public static class DataErrors
{
    /// <summary>A row of a CSV file that cannot be used, named by file and line.</summary>
    public static InputException MalformedRow(string file, int line, string problem) =>
        new($"{file}, line {line}: {problem}");

    /// <summary>A header that lacks required columns.</summary>
    public static InputException MissingColumns(string file, IEnumerable<string> missing, IEnumerable<string> found) =>
        new($"{file}, line 1: missing column(s) {string.Join(", ", missing)}; the header has {string.Join(", ", found)}. " +
            "Price files need Date, Open, High, Low, Close, Volume (any order, any case; Adj Close optional).");

    /// <summary>A file with a header but no data.</summary>
    public static InputException NoRows(string file) =>
        new($"{file}: the file has no data rows.");

    /// <summary>An empty file.</summary>
    public static InputException EmptyFile(string file) =>
        new($"{file}, line 1: the file is empty; expected a header line such as Date,Open,High,Low,Close,Volume.");

    /// <summary>A data folder that does not exist.</summary>
    public static InputException MissingFolder(string folder) =>
        new($"data folder '{folder}' does not exist. Point --data at a folder of <TICKER>.csv files.");

    /// <summary>A ticker with no price file in the data folder.</summary>
    public static InputException UnknownTicker(string ticker, string folder, IReadOnlyCollection<string> available) =>
        new($"no price file for ticker '{ticker}' in '{folder}' (expected {Path.Combine(folder, ticker + ".csv")}). " +
            (available.Count == 0
                ? "The folder holds no price files."
                : $"Tickers available there: {string.Join(", ", available)}."));

    /// <summary>A run window that the data does not cover.</summary>
    public static InputException OutsideData(string what, DateOnly date, DateOnly first, DateOnly last) =>
        new($"{what} {date:yyyy-MM-dd} is outside the data, which runs from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}.");

    /// <summary>A run window with its end before its start, or with no trading day between them.</summary>
    public static InputException EmptyWindow(DateOnly from, DateOnly to) =>
        new(from > to
            ? $"the run window is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}."
            : $"the run window is empty: the data has no trading day from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}.");

    /// <summary>A benchmark with no price on the run's first day.</summary>
    public static InputException BenchmarkStartsLate(string ticker, DateOnly first, DateOnly runStart) =>
        new($"benchmark {ticker} has no price on the run's first day {runStart:yyyy-MM-dd} (its data starts {first:yyyy-MM-dd}); " +
            "choose another --benchmark, --benchmark none, or a later --from.");
}
