namespace Backtest.Core.Data;

/// <summary>A folder of <c>&lt;TICKER&gt;.csv</c> price files with optional <c>&lt;TICKER&gt;_dividends.csv</c> and <c>&lt;TICKER&gt;_splits.csv</c>.</summary>
/// <remarks>Prices are returned as the files hold them: CSV files say nothing about adjustment, the run's <c>prices</c> setting does.</remarks>
public sealed class CsvFolderSource : IPriceSource
{
    private const string DividendSuffix = "_dividends";
    private const string SplitSuffix = "_splits";
    private readonly Dictionary<string, string> _priceFiles;
    private readonly Dictionary<string, string> _dividendFiles;
    private readonly Dictionary<string, string> _splitFiles;
    private readonly CsvFormat _format;

    /// <summary>Indexes the folder's files; a missing folder is an <see cref="InputException"/>.</summary>
    public CsvFolderSource(string folder)
        : this(folder, CsvFormat.Default)
    {
    }

    /// <summary>Indexes the folder's files, which are written in <paramref name="format"/> (column names, date format).</summary>
    public CsvFolderSource(string folder, CsvFormat format)
    {
        _format = format;
        if (!Directory.Exists(folder))
        {
            throw DataErrors.MissingFolder(folder);
        }

        Location = folder;
        _priceFiles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        _dividendFiles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        _splitFiles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var anyCase = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive };
        // Entries, not only files: a folder or a named pipe called NVDA.csv is NVDA's price file, refused with its reason
        // when loaded, rather than a ticker the folder lacks.
        foreach (string file in Directory.EnumerateFileSystemEntries(folder, "*.csv", anyCase))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            if (name.EndsWith(DividendSuffix, StringComparison.OrdinalIgnoreCase))
            {
                _dividendFiles[name[..^DividendSuffix.Length]] = file;
            }
            else if (name.EndsWith(SplitSuffix, StringComparison.OrdinalIgnoreCase))
            {
                _splitFiles[name[..^SplitSuffix.Length]] = file;
            }
            else if (!name.Contains('_'))
            {
                _priceFiles[name] = file;
            }
        }

        var tickers = new List<string>(_priceFiles.Count);
        foreach (string key in _priceFiles.Keys)
        {
            tickers.Add(key.ToUpperInvariant());
        }

        tickers.Sort(StringComparer.Ordinal);
        Tickers = tickers;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers { get; }

    /// <inheritdoc/>
    public TickerSeries Load(string ticker)
    {
        if (!_priceFiles.TryGetValue(ticker, out string? pricePath))
        {
            throw DataErrors.UnknownTicker(ticker, Location, Tickers.ToArray());
        }

        TickerSeries bars = PriceCsvReader.Read(pricePath, ticker.ToUpperInvariant(), _format);
        var files = new List<DataFile>(bars.Files);
        Dividend[] dividends = [];
        Split[] splits = [];
        if (_dividendFiles.TryGetValue(ticker, out string? dividendPath))
        {
            dividends = DividendCsvReader.Read(dividendPath, _format);
            files.Add(new DataFile(dividendPath, FileHash.Sha256(dividendPath)));
        }

        if (_splitFiles.TryGetValue(ticker, out string? splitPath))
        {
            splits = SplitCsvReader.Read(splitPath, _format);
            files.Add(new DataFile(splitPath, FileHash.Sha256(splitPath)));
        }

        return new TickerSeries(bars.Ticker, bars.Dates, bars.Open, bars.High, bars.Low, bars.Close, bars.Volume, dividends, files, splits);
    }
}
