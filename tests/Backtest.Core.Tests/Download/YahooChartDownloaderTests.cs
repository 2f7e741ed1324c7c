using Backtest.Core.Download;
using Backtest.Testing.Http;

namespace Backtest.Core.Tests.Download;

/// <summary>
/// The Yahoo downloader against a local server on 127.0.0.1 serving answers shaped like Yahoo's: what it reads, how it
/// retries, and how each failure is reported. No test reaches the internet, and every server answers a bounded number of times.
/// </summary>
public partial class YahooChartDownloaderTests
{
    private static readonly DownloadRequest Nvda = new("NVDA", new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30));

    // Quick and repeatable: retries wait about a millisecond, with jitter from a seeded generator.
    private static DownloadOptions Fast(int attempts = 4, double timeoutSeconds = 5) => new()
    {
        MaxAttempts = attempts,
        Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        FirstRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(20),
        Jitter = new Random(20240610).NextDouble,
    };

    private static YahooChartDownloader Downloader(Uri baseAddress, DownloadOptions options) =>
        new(new HttpClient { BaseAddress = baseAddress }, options);

    private static DownloadedPrices Download(LocalHttpServer server, DownloadOptions? options = null, DownloadRequest? request = null) =>
        Downloader(server.BaseAddress, options ?? Fast()).DownloadAsync(request ?? Nvda, CancellationToken.None).GetAwaiter().GetResult();

    private static InputException DownloadFails(LocalHttpServer server, DownloadOptions? options = null, DownloadRequest? request = null) =>
        Assert.Throws<InputException>(() => Download(server, options, request))!;

    // Answers in turn from the list, the last one again for any further request.
    private static Func<RecordedRequest, ServerAnswer> InTurn(params ServerAnswer[] answers) =>
        request => answers[Math.Min(request.Number, answers.Length) - 1];
}
