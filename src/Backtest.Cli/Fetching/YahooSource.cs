using Backtest.Core.Download;

namespace Backtest.Cli.Fetching;

/// <summary>Registers Yahoo's chart endpoint as the source <c>yahoo</c>, at the address <see cref="UrlVariable"/> names if set.</summary>
public static class YahooSource
{
    /// <summary>The source's name for <c>--source</c>.</summary>
    public const string Name = "yahoo";

    /// <summary>The environment variable that replaces Yahoo's base address, for mirrors and tests.</summary>
    public const string UrlVariable = "BACKTEST_YAHOO_URL";

    /// <summary>The registry of the CLI's sources: only <c>yahoo</c> for now, at <paramref name="baseUrl"/> when it is given.</summary>
    public static PriceDownloaderRegistry Registry(string? baseUrl) =>
        new(new Dictionary<string, Func<DownloadOptions, IPriceDownloader>> { [Name] = options => Create(baseUrl, options) });

    // The address is checked here, when a command asks for the source, so that a bad one is the usual exit code 2.
    private static YahooChartDownloader Create(string? baseUrl, DownloadOptions options)
    {
        Uri? address = null;
        if (!string.IsNullOrWhiteSpace(baseUrl)
            && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)))
        {
            throw DownloadErrors.BadBaseUrl(UrlVariable, baseUrl);
        }

        // One client for the life of the command, which is the life of the process; the downloader's timeout applies.
        var http = new HttpClient { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
        return new YahooChartDownloader(http, options);
    }
}
