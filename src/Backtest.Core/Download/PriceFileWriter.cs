using Backtest.Core.Data;
using System.Globalization;
using System.Text;

namespace Backtest.Core.Download;

/// <summary>Saves a download in the loader's format: a ticker's three files are replaced together or not at all.</summary>
/// <remarks>
/// Each file is written whole to a hidden temporary file in the same folder (<c>.NVDA.csv.1a2b3c4d.partial</c>, which
/// the loader never reads) and flushed to disk; only when all three are written are they moved over the old files, the
/// price file last. A download stopped at any point before leaves the old files, or none, never part of one. Numbers are
/// written invariant and shortest round-trip, so reading a file back gives exactly the doubles downloaded.
/// </remarks>
public static class PriceFileWriter
{
    /// <summary>The header of a splits file.</summary>
    public const string SplitsHeader = "Date,Numerator,Denominator";

    private const string PricesHeader = "Date,Open,High,Low,Close,Volume";
    private const string DividendsHeader = "Date,Dividend";

    /// <summary>Writes <paramref name="prices"/> into <paramref name="folder"/> (created if missing) and returns the paths.</summary>
    public static PriceFiles Write(string folder, DownloadedPrices prices)
    {
        if (!TickerSymbol.IsValid(prices.Ticker))
        {
            throw DownloadErrors.BadTicker(prices.Ticker);
        }

        PriceFiles files = PriceFiles.For(folder, prices.Ticker);
        var temporary = new List<string>(3);
        try
        {
            Directory.CreateDirectory(folder);
            foreach (string target in files.All)
            {
                // A folder in a file's place would stop the moves half way; finding it now keeps the three together.
                if (Directory.Exists(target))
                {
                    throw new IOException($"'{target}' is a folder");
                }
            }

            WriteTemporary(files.Dividends, DividendsHeader, prices.Dividends.Select(d => Row(d.ExDate, d.Amount)), temporary);
            WriteTemporary(files.Splits, SplitsHeader, prices.Splits.Select(s => Row(s.Date, s.Numerator, s.Denominator)), temporary);
            WriteTemporary(files.Prices, PricesHeader, prices.Bars.Select(b => Row(b.Date, b.Open, b.High, b.Low, b.Close, b.Volume)), temporary);
            for (int k = 0; k < temporary.Count; k++)
            {
                File.Move(temporary[k], files.All[k], overwrite: true);
            }

            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw DownloadErrors.CannotWrite(folder, e.Message);
        }
        finally
        {
            foreach (string path in temporary)
            {
                File.Delete(path);
            }
        }
    }

    // Writes beside target and adds the path to temporary before writing, so a failure half way still cleans it up.
    private static void WriteTemporary(string target, string header, IEnumerable<string> rows, List<string> temporary)
    {
        string folder = Path.GetDirectoryName(target) ?? ".";
        string path = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid().ToString("N")[..8]}.partial");
        temporary.Add(path);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        writer.WriteLine(header);
        foreach (string row in rows)
        {
            writer.WriteLine(row);
        }

        writer.Flush();
        // On disk before the rename: a crash just after the move must not leave a renamed but empty file.
        stream.Flush(flushToDisk: true);
    }

    private static string Row(DateOnly date, params double[] values)
    {
        var row = new StringBuilder(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (double value in values)
        {
            row.Append(',').Append(value.ToString("R", CultureInfo.InvariantCulture));
        }

        return row.ToString();
    }
}
