using Backtest.Core.Data;

namespace Backtest.Core.Borrow;

/// <summary>The messages for bad borrow data (the CSV table and LEAN shortable files), in one place.</summary>
public static class BorrowErrors
{
    /// <summary>A borrow file or folder that cannot be opened or read.</summary>
    public static InputException Unreadable(string path, Exception inner) =>
        new($"{path}: cannot read the borrow data ({inner.Message}). borrowData names a CSV table date,ticker,fee[,rebate][,available] " +
            "or a folder of LEAN shortable files <ticker>.csv.", inner);

    /// <summary>A borrow path that is neither a file nor a folder.</summary>
    public static InputException Missing(string path) =>
        new($"borrow data '{path}' does not exist. borrowData names a CSV table date,ticker,fee[,rebate][,available] " +
            "or a folder of LEAN shortable files <ticker>.csv.");

    /// <summary>An empty borrow table: not even a header.</summary>
    public static InputException EmptyTable(string file) =>
        new($"{file}, line 1: the file is empty; expected a header line such as date,ticker,fee,rebate,available.");

    /// <summary>A borrow table header without a required column.</summary>
    public static InputException MissingColumns(string file, IEnumerable<string> missing, IEnumerable<string> found) =>
        new($"{file}, line 1: missing column(s) {string.Join(", ", missing)}; the header has {InputExcerpt.Of(found, ", ")}. " +
            "A borrow table needs date, ticker, fee (any order, any case); rebate and available are optional.");

    /// <summary>A number that is not a finite number.</summary>
    public static InputException NotANumber(string file, int line, string name, string text) =>
        DataErrors.MalformedRow(file, line, $"{name} '{InputExcerpt.Of(text)}' is not a number.");

    /// <summary>A negative fee or a negative count of shares: neither exists.</summary>
    public static InputException Negative(string file, int line, string name, string text, string meaning) =>
        DataErrors.MalformedRow(file, line, $"{name} {InputExcerpt.Of(text)} is negative; {meaning}.");

    /// <summary>A row without a ticker.</summary>
    public static InputException EmptyTicker(string file, int line) =>
        DataErrors.MalformedRow(file, line, "ticker is empty.");

    /// <summary>A date that is not in the file's date format.</summary>
    public static InputException BadDate(string file, int line, string text, string format) =>
        DataErrors.MalformedRow(file, line, $"date '{InputExcerpt.Of(text)}' is not a date in the format {format}.");

    /// <summary>A second row for a ticker and date: which terms hold that day would be a guess.</summary>
    public static InputException Repeated(string file, int line, string ticker, DateOnly date, int firstLine) =>
        DataErrors.MalformedRow(file, line, $"a second row for {InputExcerpt.Of(ticker)} on {date:yyyy-MM-dd} (the first is on line {firstLine}); keep one row per ticker and date.");

    /// <summary>A row with a field count the file's layout does not allow.</summary>
    public static InputException FieldCount(string file, int line, string expected, int found) =>
        DataErrors.MalformedRow(file, line, $"expected {expected}, found {found} field(s).");
}
