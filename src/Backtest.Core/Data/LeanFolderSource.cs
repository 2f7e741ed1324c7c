using Backtest.Core.Runs;

namespace Backtest.Core.Data;

/// <summary>
/// QuantConnect LEAN daily equity data: <c>&lt;ticker&gt;.zip</c> price files of raw prices and
/// <c>&lt;ticker&gt;.csv</c> factor files, returned in our conventions for the run's <see cref="PriceAdjustment"/>.
/// </summary>
/// <remarks>
/// The folder may be LEAN's data root, its <c>equity/usa</c> folder or the <c>daily</c> folder (see
/// <see cref="LeanLayout"/>). A ticker without a factor file has no splits or dividends. Unlike a CSV folder, the
/// source must know the run's adjustment: LEAN's prices are raw and its factor files say how to adjust them.
/// </remarks>
public sealed class LeanFolderSource : IPriceSource
{
    /// <summary>File name matching in any case, as LEAN's lower-case names meet upper-case tickers.</summary>
    internal static readonly EnumerationOptions AnyCase = new() { MatchCasing = MatchCasing.CaseInsensitive };

    private readonly LeanLayout _layout;
    private readonly PriceAdjustment _adjustment;
    private readonly Dictionary<string, string> _zips = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _factorFiles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes the zips and factor files under <paramref name="folder"/>; a missing folder is an <see cref="InputException"/>.</summary>
    /// <param name="folder">LEAN's data root, <c>equity/usa</c>, or the <c>daily</c> folder.</param>
    /// <param name="adjustment">Whether loaded prices are split-adjusted (the default for runs) or raw with splits.</param>
    public LeanFolderSource(string folder, PriceAdjustment adjustment)
    {
        if (!Directory.Exists(folder))
        {
            throw DataErrors.MissingFolder(folder);
        }

        _layout = LeanLayout.For(folder);
        _adjustment = adjustment;
        Location = folder;
        Index(_layout.DailyFolder, "*.zip", _zips);
        Index(_layout.FactorFolder, "*.csv", _factorFiles);
        Tickers = _zips.Keys.Select(t => t.ToUpperInvariant()).Order(StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers { get; }

    /// <inheritdoc/>
    public TickerSeries Load(string ticker)
    {
        if (!_zips.TryGetValue(ticker, out string? zip))
        {
            string expected = Path.Combine(_layout.DailyFolder, ticker.ToLowerInvariant() + ".zip");
            throw DataErrors.UnknownTicker(ticker, _layout.DailyFolder, expected, Tickers.ToArray());
        }

        TickerSeries raw = LeanDailyReader.Read(zip, ticker);
        if (!_factorFiles.TryGetValue(ticker, out string? factorFile))
        {
            return LeanFactors.None.Apply(raw, _adjustment, raw.Files);
        }

        var factors = new LeanFactors(LeanFactorFileReader.Read(factorFile), factorFile);
        return factors.Apply(raw, _adjustment, [.. raw.Files, new DataFile(factorFile, FileHash.Sha256(factorFile))]);
    }

    private static void Index(string folder, string pattern, Dictionary<string, string> files)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(folder, pattern, AnyCase))
        {
            files[Path.GetFileNameWithoutExtension(file)] = file;
        }
    }
}
