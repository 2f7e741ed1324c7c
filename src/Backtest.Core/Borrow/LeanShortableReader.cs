using System.Globalization;
using Backtest.Core.Data;

namespace Backtest.Core.Borrow;

/// <summary>
/// Reads a folder of LEAN shortable files, one <c>&lt;ticker&gt;.csv</c> per name, into borrow rows.
/// </summary>
/// <remarks>
/// <para>
/// LEAN's layout, as its <c>LocalDiskShortableProvider</c> reads it and as the sample data in its repository shows
/// (<c>Data/equity/usa/shortable/testbrokerage/symbols/aapl.csv</c>, <c>spy.csv</c>): files sit at
/// <c>&lt;data&gt;/equity/usa/shortable/&lt;brokerage&gt;/symbols/&lt;ticker&gt;.csv</c> with the ticker in lower case.
/// There is no header; each line is <c>yyyyMMdd,quantity[,rebate rate[,fee rate]]</c>: the shares available to short,
/// then the rebate rate and the fee rate, both in percent a year (LEAN divides them by 100, so <c>0.2500</c> is 0.25%).
/// LEAN lets the rates be empty or absent (its own sample <c>aapl.csv</c> holds only date and quantity; <c>spy.csv</c>
/// holds <c>20131004,1000,,0.2500</c>) and skips empty lines and lines starting with <c>#</c>. A sibling
/// <c>dates/yyyyMMdd.csv</c> layout (<c>TICKER,quantity</c> per date) holds no rates and is not read here.
/// </para>
/// <para>
/// Here: the folder given may be the <c>symbols</c> folder itself or the brokerage folder that holds it.
/// Rates are turned into annual fractions, as the CSV table writes them; the percent is divided in decimal so that
/// <c>0.25</c> here and <c>0.0025</c> in a table give the same double. An empty or absent fee or rebate is "not given"
/// (the constant <c>borrowFee</c> applies where a row has no fee), not LEAN's zero, so a file of quantities alone does
/// not make borrowing free. Two differences from LEAN, which looks rows up by exact date and keeps the last of two
/// rows for a date: a row holds until the ticker's next row (see <see cref="BorrowSchedule"/>), and a second row for a
/// date is an error. Lines are checked like the CSV table's: a date that is not yyyyMMdd, fewer than two or more than
/// four fields, a non-finite number, a negative fee or quantity each stop the load with file and line.
/// </para>
/// </remarks>
public static class LeanShortableReader
{
    /// <summary>The date format of LEAN's shortable lines.</summary>
    public const string DateFormat = "yyyyMMdd";

    /// <summary>Reads every <c>.csv</c> file in <paramref name="folder"/> (or in its <c>symbols</c> folder), each file's stem upper-cased as its ticker.</summary>
    public static BorrowRow[] Read(string folder)
    {
        string symbols = SymbolsFolder(folder);
        try
        {
            // Ordinal order, so the rows (and any error met first) do not depend on the file system's listing order.
            string[] files = Directory.GetFiles(symbols, "*.csv");
            Array.Sort(files, StringComparer.Ordinal);
            return [.. files.SelectMany(file => ReadFile(file, Path.GetFileNameWithoutExtension(file).ToUpperInvariant()))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BorrowErrors.Unreadable(symbols, e);
        }
    }

    /// <summary>
    /// Reads only the files of <paramref name="tickers"/> in <paramref name="folder"/> (or its <c>symbols</c> folder):
    /// <c>&lt;ticker&gt;.csv</c> in lower case as LEAN writes it, or as given. A ticker without a file has no rows, so the constant fee applies to it.
    /// </summary>
    public static BorrowRow[] Read(string folder, IEnumerable<string> tickers)
    {
        var rows = new List<BorrowRow>();
        foreach ((string ticker, string file) in Files(folder, tickers))
        {
            rows.AddRange(ReadFile(file, ticker));
        }

        return [.. rows];
    }

    /// <summary>The files <see cref="Read(string, IEnumerable{string})"/> reads: each ticker's that exists, with its ticker.</summary>
    public static IEnumerable<(string Ticker, string File)> Files(string folder, IEnumerable<string> tickers)
    {
        string symbols = SymbolsFolder(folder);
        foreach (string ticker in tickers)
        {
            string lower = Path.Combine(symbols, ticker.ToLowerInvariant() + ".csv");
            string given = Path.Combine(symbols, ticker + ".csv");
            string? file = File.Exists(lower) ? lower : File.Exists(given) ? given : null;
            if (file is not null)
            {
                yield return (ticker, file);
            }
        }
    }

    /// <summary>Reads one LEAN shortable file as the rows of <paramref name="ticker"/>.</summary>
    public static BorrowRow[] ReadFile(string path, string ticker) => ReadLines(InputFile.ReadLines(path), path, ticker);

    private static BorrowRow[] ReadLines(IEnumerable<string> lines, string path, string ticker)
    {
        var rows = new List<BorrowRow>();
        var firstLines = new BorrowRowLines(path);
        int line = 0;
        foreach (string raw in lines)
        {
            line++;
            string text = raw.Trim().TrimStart('\uFEFF');
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            string[] fields = text.Split(',', StringSplitOptions.TrimEntries);
            if (fields.Length is < 2 or > 4)
            {
                throw BorrowErrors.FieldCount(path, line, "yyyyMMdd,quantity[,rebate rate[,fee rate]]", fields.Length);
            }

            if (!DateOnly.TryParseExact(fields[0], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw BorrowErrors.BadDate(path, line, fields[0], DateFormat);
            }

            double? available = BorrowNumbers.Optional(fields[1], "quantity", path, line);
            BorrowNumbers.CheckAvailable(available, "quantity", fields[1], path, line);
            double? rebate = fields.Length > 2 ? Percent(fields[2], "rebate rate", path, line) : null;
            double? fee = fields.Length > 3 ? Percent(fields[3], "fee rate", path, line) : null;
            BorrowNumbers.CheckFee(fee, "fee rate", fields.Length > 3 ? fields[3] + "%" : string.Empty, path, line);

            firstLines.Add(ticker, date, line);
            rows.Add(new BorrowRow(date, ticker, fee, rebate, available));
        }

        return [.. rows];
    }

    // A percent as an annual fraction: divided in decimal and read back as the nearest double, as the table's text would be.
    private static double? Percent(string text, string name, string path, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal percent))
        {
            throw BorrowErrors.NotANumber(path, line, name, text);
        }

        return double.Parse((percent / 100m).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static string SymbolsFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw BorrowErrors.Missing(folder);
        }

        string symbols = Path.Combine(folder, "symbols");
        return Directory.Exists(symbols) ? symbols : folder;
    }
}
