namespace Backtest.Core.Data;

/// <summary>The messages for bad price and dividend files, in one place.</summary>
public static class DataErrors
{
    /// <summary>A row of a CSV file that cannot be used, named by file and line.</summary>
    public static InputException MalformedRow(string file, int line, string problem) =>
        new($"{file}, line {line}: {problem}");

    /// <summary>A header that lacks required columns.</summary>
    public static InputException MissingColumns(string file, IEnumerable<string> missing, IEnumerable<string> found) =>
        new($"{file}, line 1: missing column(s) {string.Join(", ", missing)}; the header has {InputExcerpt.Of(found, ", ")}. " +
            "Price files need Date, Open, High, Low, Close, Volume (any order, any case; Adj Close optional); " +
            "dividends files need Date, Dividend.");

    /// <summary>A header that lacks columns while a column mapping is in effect: names each column as looked for and the mapping.</summary>
    public static InputException MissingMappedColumns(string file, IEnumerable<(string Column, string Name, bool Mapped)> missing, IEnumerable<string> found, string mapping, string origin) =>
        new($"{file}, line 1: missing column(s) " +
            string.Join(", ", missing.Select(m => m.Mapped ? $"'{InputExcerpt.Of(m.Name)}' (mapped from {m.Column})" : $"'{m.Name}' (not mapped)")) +
            $"; the header has {InputExcerpt.Of(found, ", ")}. The column mapping is '{InputExcerpt.Of(mapping)}' ({origin}); " +
            "it renames our columns as ours=theirs, and columns it does not name keep their own names.");

    /// <summary>A column mapping that cannot be read.</summary>
    public static InputException BadMapping(string mapping, string problem) =>
        new($"columns '{InputExcerpt.Of(mapping)}': {problem}. Write ours=theirs pairs separated by commas, such as --columns date=Datum,close=Schluss.");

    /// <summary>A date format that cannot read back the dates it writes.</summary>
    public static InputException BadDateFormat(string format) =>
        new($"dateFormat '{InputExcerpt.Of(format)}' is not a date format with day, month and year, such as dd.MM.yyyy, MM/dd/yyyy or yyyyMMdd (.NET custom format letters).");

    /// <summary>CSV-only settings given for a folder in another format.</summary>
    public static InputException CsvSettingsOnOtherFormat(string folder, DataFormat format) =>
        new($"the columns and dateFormat settings (--columns, --date-format) apply to CSV files, but '{folder}' is read as {ParameterName(format)} data" +
            $"; leave them out, or set dataFormat=csv if the folder holds CSV files.");

    /// <summary>A Stooq folder with two files for one ticker (<c>aapl.us.txt</c> and <c>aapl.txt</c>, or the same name in two subfolders).</summary>
    public static InputException AmbiguousTicker(string ticker, string first, string second) =>
        new($"two price files for ticker '{ticker}': {first} and {second}; keep one, or point --data at the folder that holds the one you mean.");

    /// <summary>A file with a header but no data: line 2 is where the first row should be.</summary>
    public static InputException NoRows(string file) =>
        new($"{file}, line 2: the file has no data rows, only a header.");

    /// <summary>An empty file.</summary>
    public static InputException EmptyFile(string file) =>
        new($"{file}, line 1: the file is empty; expected a header line such as Date,Open,High,Low,Close,Volume.");

    /// <summary>A data folder that does not exist.</summary>
    public static InputException MissingFolder(string folder) =>
        new($"data folder '{folder}' does not exist. Point --data at a folder of <TICKER>.csv files.");

    /// <summary>A ticker with no price file in the data folder.</summary>
    public static InputException UnknownTicker(string ticker, string folder, IReadOnlyCollection<string> available) =>
        UnknownTicker(ticker, folder, Path.Combine(folder, ticker + ".csv"), available);

    /// <summary>A ticker with no price file in the data folder, naming the file that was looked for.</summary>
    public static InputException UnknownTicker(string ticker, string folder, string expected, IReadOnlyCollection<string> available) =>
        new($"no price file for ticker '{ticker}' in '{folder}' (expected {expected}). " +
            (available.Count == 0
                ? "The folder holds no price files."
                : $"Tickers available there: {Listed(available)}."));

    // A bulk folder (Stooq's) holds thousands of tickers: the first twenty say what is there without burying the message.
    internal static string Listed(IReadOnlyCollection<string> tickers) =>
        tickers.Count <= 20 ? string.Join(", ", tickers) : $"{string.Join(", ", tickers.Take(20))} and {tickers.Count - 20:#,0} more";

    /// <summary>A run window that the data does not cover.</summary>
    public static InputException OutsideData(string what, DateOnly date, DateOnly first, DateOnly last) =>
        new($"{what} {date:yyyy-MM-dd} is outside the data, which runs from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}.");

    /// <summary>A run window inside the data that holds no trading day (a weekend, say).</summary>
    public static InputException NoTradingDay(DateOnly from, DateOnly to) =>
        new($"the run window {from:yyyy-MM-dd} to {to:yyyy-MM-dd} holds no trading day; widen --from/--to.");

    /// <summary>A run window with its end before its start.</summary>
    public static InputException EmptyWindow(DateOnly from, DateOnly to) =>
        new($"the run window is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.");

    /// <summary>A benchmark with no price on the run's first day.</summary>
    public static InputException BenchmarkStartsLate(string ticker, DateOnly first, DateOnly runStart) =>
        new($"benchmark {ticker} has no price on the run's first day {runStart:yyyy-MM-dd} (its data starts {first:yyyy-MM-dd}); " +
            "choose another --benchmark, --benchmark none, or a later --from.");

    private static string ParameterName(DataFormat format) => format.ToString().ToLowerInvariant();
}
