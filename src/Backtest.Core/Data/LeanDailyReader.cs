using System.Globalization;
using System.IO.Compression;
using CsvHelper;

namespace Backtest.Core.Data;

/// <summary>
/// Reads a LEAN daily equity zip, <c>&lt;ticker&gt;.zip</c> holding <c>&lt;ticker&gt;.csv</c> with lines
/// <c>yyyyMMdd HH:mm,open,high,low,close,volume</c>, no header, prices in 1/10,000 dollars: raw prices, as traded.
/// </summary>
/// <remarks>Every line is checked as a CSV row is (dates increasing, prices positive, bar ordered, volume not negative).</remarks>
public static class LeanDailyReader
{
    /// <summary>LEAN writes equity prices as integers in 1/10,000 dollars.</summary>
    public const double PriceScale = 10_000;

    private const int Fields = 6;
    private static readonly string[] DateFormats = ["yyyyMMdd HH:mm", "yyyyMMdd"];

    /// <summary>Reads the raw bars of <paramref name="zip"/> for <paramref name="ticker"/>, with no dividends or splits.</summary>
    public static TickerSeries Read(string zip, string ticker)
    {
        using ZipArchive archive = OpenZip(zip);
        ZipArchiveEntry entry = FindEntry(archive, zip, ticker);
        string name = LeanErrors.EntryName(zip, entry.FullName);
        using Stream stream = InputFile.Text(OpenEntry(entry, name), name);
        return ReadLines(stream, name, ticker.ToUpperInvariant(), zip);
    }

    // A file that is not a zip is named as such; the file is closed whatever went wrong.
    private static ZipArchive OpenZip(string zip)
    {
        Stream file = InputFile.OpenRead(zip);
        try
        {
            return new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            file.Dispose();
            throw LeanErrors.NotAZip(zip, e);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    // A damaged entry may fail as it is opened (its header) or as it is read (its data, which InputFile.Text covers).
    private static Stream OpenEntry(ZipArchiveEntry entry, string name)
    {
        try
        {
            return entry.Open();
        }
        catch (InvalidDataException e)
        {
            throw InputFileErrors.ReadFailed(name, e);
        }
    }

    // LEAN names the entry after the ticker in lower case; a zip with one CSV entry is taken whatever its name.
    private static ZipArchiveEntry FindEntry(ZipArchive archive, string zip, string ticker)
    {
        string expected = ticker.ToLowerInvariant() + ".csv";
        ZipArchiveEntry[] csvs = archive.Entries
            .Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        return csvs.FirstOrDefault(e => e.Name.Equals(expected, StringComparison.OrdinalIgnoreCase))
            ?? (csvs.Length == 1 ? csvs[0] : throw LeanErrors.NoEntry(zip, expected, archive.Entries.Select(e => e.FullName)));
    }

    private static TickerSeries ReadLines(Stream stream, string file, string ticker, string zip)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using CsvReader csv = CsvReader.Create(stream, options, leaveOpen: true);
        var bars = new BarRows();
        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            if (csv.FieldCount != Fields)
            {
                throw LeanErrors.FieldCount(file, line, csv.FieldCount);
            }

            string text = csv.GetString(0);
            if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime time))
            {
                throw LeanErrors.BadDate(file, line, text, "yyyyMMdd HH:mm");
            }

            DateOnly date = PriceCsvReader.After(DateOnly.FromDateTime(time), bars.LastDate, file, line);
            double o = PriceCsvReader.ReadPrice(csv, 1, "Open", file, line) / PriceScale;
            double h = PriceCsvReader.ReadPrice(csv, 2, "High", file, line) / PriceScale;
            double l = PriceCsvReader.ReadPrice(csv, 3, "Low", file, line) / PriceScale;
            double c = PriceCsvReader.ReadPrice(csv, 4, "Close", file, line) / PriceScale;
            double v = PriceCsvReader.ReadNumber(csv, 5, "Volume", file, line);
            bars.Add(file, line, date, o, h, l, c, v);
        }

        if (bars.Count == 0)
        {
            throw LeanErrors.NoLines(file);
        }

        return bars.ToSeries(ticker, [new DataFile(zip, FileHash.Sha256(zip))]);
    }
}
