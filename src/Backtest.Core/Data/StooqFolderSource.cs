namespace Backtest.Core.Data;

/// <summary>
/// A folder of Stooq's bulk-download text files, <c>&lt;ticker&gt;.us.txt</c> (or <c>&lt;ticker&gt;.txt</c>), found in
/// its subfolders too, as the download nests them (<c>data/daily/us/nasdaq stocks/1/aapl.us.txt</c>).
/// </summary>
/// <remarks>
/// The header is <c>&lt;TICKER&gt;,&lt;PER&gt;,&lt;DATE&gt;,&lt;TIME&gt;,&lt;OPEN&gt;,&lt;HIGH&gt;,&lt;LOW&gt;,&lt;CLOSE&gt;,&lt;VOL&gt;,&lt;OPENINT&gt;</c>
/// with yyyyMMdd dates and D (daily) as the period. Prices are returned as the files hold them; Stooq ships no
/// dividends, so none are paid.
/// </remarks>
public sealed class StooqFolderSource : IPriceSource
{
    /// <summary>How Stooq's files name our columns, and that every row must be a daily bar.</summary>
    public static readonly CsvFormat Format =
        new(ColumnMapping.Parse("date=<DATE>,open=<OPEN>,high=<HIGH>,low=<LOW>,close=<CLOSE>,volume=<VOL>"), "yyyyMMdd")
        {
            MappingOrigin = "Stooq's header",
            Fixed = new FixedColumn("<PER>", "D", "daily bars"),
        };

    private const string HeaderStart = "<TICKER>";
    private const string MarketSuffix = ".us";

    // Enough files to tell a Stooq folder from a CSV folder with a few notes in .txt files, without reading thousands.
    private const int FilesProbed = 20;

    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _duplicates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the folder's <c>.txt</c> files, subfolders included; a missing folder is an <see cref="InputException"/>.</summary>
    public StooqFolderSource(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw DataErrors.MissingFolder(folder);
        }

        Location = folder;
        foreach (string file in TextFiles(folder).Order(StringComparer.Ordinal))
        {
            string ticker = TickerOf(file);
            if (!_files.TryAdd(ticker, file))
            {
                _duplicates.TryAdd(ticker, file);
            }
        }

        Tickers = _files.Keys.Select(t => t.ToUpperInvariant()).Order(StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers { get; }

    /// <summary>Whether <paramref name="folder"/> holds Stooq text files: one of its first readable <c>.txt</c> files starts with Stooq's header.</summary>
    public static bool Holds(string folder)
    {
        foreach (string file in TextFiles(folder).Take(FilesProbed))
        {
            if (FirstLine(file) is { } header && header.TrimStart('\uFEFF').StartsWith(HeaderStart, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public TickerSeries Load(string ticker)
    {
        if (!_files.TryGetValue(ticker, out string? path))
        {
            string expected = Path.Combine(Location, ticker.ToLowerInvariant() + MarketSuffix + ".txt");
            throw DataErrors.UnknownTicker(ticker, Location, expected, Tickers.ToArray());
        }

        if (_duplicates.TryGetValue(ticker, out string? other))
        {
            throw DataErrors.AmbiguousTicker(ticker.ToUpperInvariant(), path, other);
        }

        return PriceCsvReader.Read(path, ticker.ToUpperInvariant(), Format);
    }

    // A file that cannot be read says nothing about the folder's format; if a run needs it, loading it says what is wrong.
    private static string? FirstLine(string file)
    {
        try
        {
            return InputFile.ReadLines(file).FirstOrDefault();
        }
        catch (InputException)
        {
            return null;
        }
    }

    private static IEnumerable<string> TextFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = true });

    // aapl.us.txt and aapl.txt are both AAPL: the bulk download marks the market in the name, a single download may not.
    private static string TickerOf(string file)
    {
        string name = Path.GetFileNameWithoutExtension(file);
        return name.EndsWith(MarketSuffix, StringComparison.OrdinalIgnoreCase) ? name[..^MarketSuffix.Length] : name;
    }
}
