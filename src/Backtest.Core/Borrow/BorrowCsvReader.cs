using System.Globalization;
using Backtest.Core.Data;
using CsvHelper;

namespace Backtest.Core.Borrow;

/// <summary>
/// Reads a borrow table: a CSV file with the header <c>date,ticker,fee[,rebate][,available]</c> (any order, any case),
/// ISO dates, fee and rebate as annual rates (0.005 is 0.5%), available in shares.
/// </summary>
/// <remarks>
/// Rows may come in any order; a row holds from its date until the ticker's next row (see <see cref="BorrowSchedule"/>).
/// The fee column is required, but an empty fee cell, like an empty rebate or available cell, means "not given": while
/// that row holds the constant <c>borrowFee</c> applies (a row of availability alone, as LEAN's files allow). Every row
/// is checked and the first bad one stops the load with its file, line and problem: an unparsable date, an empty
/// ticker, a non-finite fee, a negative fee, a
/// non-finite rebate (a negative one is fine: hard-to-borrow names pay one), a negative or non-finite available count,
/// or a second row for the same ticker (any case) and date.
/// </remarks>
public static class BorrowCsvReader
{
    /// <summary>The columns a borrow table must have.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["Date", "Ticker", "Fee"];

    /// <summary>The columns a borrow table may have besides the required ones.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["Rebate", "Available"];

    /// <summary>Reads the rows of <paramref name="path"/>, in file order; a header-only table gives none.</summary>
    public static BorrowRow[] Read(string path)
    {
        using CsvReader csv = PriceCsvReader.Open(path);
        return ReadRows(csv, path);
    }

    private static BorrowRow[] ReadRows(CsvReader csv, string path)
    {
        csv.ReadHeader();
        if (csv.Headers.Count == 0 || (csv.Headers.Count == 1 && csv.Headers[0].Length == 0))
        {
            throw BorrowErrors.EmptyTable(path);
        }

        string[] missing = RequiredColumns.Where(name => !csv.TryGetFieldIndex(name, out _)).ToArray();
        if (missing.Length > 0)
        {
            throw BorrowErrors.MissingColumns(path, missing, csv.Headers);
        }

        csv.TryGetFieldIndex("Date", out int dateAt);
        csv.TryGetFieldIndex("Ticker", out int tickerAt);
        csv.TryGetFieldIndex("Fee", out int feeAt);
        int rebateAt = csv.TryGetFieldIndex("Rebate", out int r) ? r : -1;
        int availableAt = csv.TryGetFieldIndex("Available", out int a) ? a : -1;

        var rows = new List<BorrowRow>();
        var firstLines = new BorrowRowLines(path);
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            PriceCsvReader.CheckFieldCount(csv, path, line, csv.Headers.Count);
            string dateText = csv.GetString(dateAt);
            if (!DateOnly.TryParseExact(dateText, CsvFormat.IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw BorrowErrors.BadDate(path, line, dateText, CsvFormat.IsoDate);
            }

            string ticker = csv.GetString(tickerAt);
            if (ticker.Length == 0)
            {
                throw BorrowErrors.EmptyTicker(path, line);
            }

            string feeText = csv.GetString(feeAt);
            double? fee = BorrowNumbers.Optional(feeText, "fee", path, line);
            BorrowNumbers.CheckFee(fee, "fee", feeText, path, line);
            double? rebate = rebateAt < 0 ? null : BorrowNumbers.Optional(csv.GetString(rebateAt), "rebate", path, line);
            string availableText = availableAt < 0 ? string.Empty : csv.GetString(availableAt);
            double? available = BorrowNumbers.Optional(availableText, "available", path, line);
            BorrowNumbers.CheckAvailable(available, "available", availableText, path, line);

            firstLines.Add(ticker, date, line);
            rows.Add(new BorrowRow(date, ticker, fee, rebate, available));
        }

        return [.. rows];
    }
}
