namespace Backtest.Core.Download;

/// <summary>The downloaders by name (<c>--source yahoo</c>): where another provider is added beside Yahoo.</summary>
public sealed class PriceDownloaderRegistry
{
    private readonly Dictionary<string, Func<DownloadOptions, IPriceDownloader>> _factories;

    /// <summary>Registers each factory under its name; names are matched in any case.</summary>
    public PriceDownloaderRegistry(IReadOnlyDictionary<string, Func<DownloadOptions, IPriceDownloader>> factories)
    {
        _factories = new Dictionary<string, Func<DownloadOptions, IPriceDownloader>>(factories, StringComparer.OrdinalIgnoreCase);
        Names = [.. factories.Keys];
    }

    /// <summary>No sources at all: what tests get unless they register a local server, so that none reaches the internet.</summary>
    public static PriceDownloaderRegistry Empty { get; } = new(new Dictionary<string, Func<DownloadOptions, IPriceDownloader>>());

    /// <summary>The registered names, in registration order; the first is the default.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The downloader named <paramref name="name"/>; an unknown name is an <see cref="InputException"/> listing the known ones.</summary>
    public IPriceDownloader Create(string name, DownloadOptions options) =>
        _factories.TryGetValue(name, out Func<DownloadOptions, IPriceDownloader>? factory)
            ? factory(options)
            : throw DownloadErrors.UnknownSource(name, Names.Count == 0 ? ["(none registered)"] : Names);
}
