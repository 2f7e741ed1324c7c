using Backtest.Core.Data;
using System.Globalization;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Backtest.Core.Download;

/// <summary>
/// Daily bars, dividends and splits from Yahoo's public v8 chart endpoint, with a timeout per request and retries with
/// exponential backoff and jitter on 429, 5xx, timeouts and answers cut short.
/// </summary>
/// <remarks>
/// The <see cref="HttpClient"/> is injected, and its <see cref="HttpClient.BaseAddress"/>, when set, replaces
/// <see cref="DefaultBaseAddress"/>: tests point it at a local server, users at a mirror. Its own timeout should be longer
/// than <see cref="DownloadOptions.Timeout"/> (or infinite), which is the one meant to apply. Chart closes are
/// split-adjusted and not dividend-adjusted, as the loader wants, so they are written as they come.
/// </remarks>
public sealed class YahooChartDownloader : IPriceDownloader
{
    /// <summary>The provider's name in messages.</summary>
    public const string SourceName = "Yahoo";

    /// <summary>Where the chart endpoint lives.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://query1.finance.yahoo.com/");

    // Yahoo turns away requests that do not look like a browser's.
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private readonly HttpClient _http;
    private readonly DownloadOptions _options;
    private readonly ResiliencePipeline<ChartAnswer> _pipeline;

    /// <summary>Creates the downloader on <paramref name="http"/> with <paramref name="options"/>.</summary>
    public YahooChartDownloader(HttpClient http, DownloadOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options));
        _http = http;
        _options = options;
        _pipeline = Pipeline(options);
    }

    /// <summary>The address asked for <paramref name="request"/>.</summary>
    /// <remarks>
    /// The window asked is a day wider on each side than the one wanted, because the server cuts by UTC timestamp and a
    /// bar belongs to its exchange's date; the parser then keeps exactly the days wanted.
    /// </remarks>
    public Uri ChartUrl(DownloadRequest request)
    {
        string baseAddress = (_http.BaseAddress ?? DefaultBaseAddress).AbsoluteUri.TrimEnd('/');
        long period1 = UnixSeconds(request.From.AddDays(-1));
        long period2 = UnixSeconds(request.To.AddDays(2));
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"{baseAddress}/v8/finance/chart/{Uri.EscapeDataString(request.Ticker)}?period1={period1}&period2={period2}&interval=1d&events=div%2Csplits&includeAdjustedClose=true"));
    }

    /// <inheritdoc/>
    public async Task<DownloadedPrices> DownloadAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        if (!TickerSymbol.IsValid(request.Ticker))
        {
            throw DownloadErrors.BadTicker(request.Ticker);
        }

        Uri url = ChartUrl(request);
        int attempts = 0;
        ChartAnswer answer;
        try
        {
            answer = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await GetAsync(url, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTimeout(e, cancellationToken))
        {
            throw DownloadErrors.GaveUp(SourceName, request.Ticker, url, attempts, $"no answer within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (Exception e) when (IsCutShort(e))
        {
            throw DownloadErrors.GaveUp(SourceName, request.Ticker, url, attempts, "a connection closed before the answer was complete");
        }
        catch (HttpRequestException e)
        {
            throw DownloadErrors.Unreachable(SourceName, request.Ticker, url, e.Message);
        }

        return Read(request, url, answer, attempts);
    }

    private static DownloadedPrices Read(DownloadRequest request, Uri url, ChartAnswer answer, int attempts)
    {
        if (answer.Status == 200)
        {
            return YahooChartParser.Parse(request, url, answer.Body);
        }

        string? description = YahooChartParser.ErrorDescription(answer.Body);
        throw answer.Status switch
        {
            404 => DownloadErrors.UnknownTicker(SourceName, request.Ticker, url, description),
            _ when answer.IsTransient => DownloadErrors.GaveUp(SourceName, request.Ticker, url, attempts, answer.StatusText),
            _ => DownloadErrors.Refused(SourceName, request.Ticker, url, answer.StatusText, description),
        };
    }

    private async Task<ChartAnswer> GetAsync(Uri url, CancellationToken token)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        using HttpResponseMessage response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        // The body is read inside the attempt, so the timeout covers it and an answer cut short is retried like a 503.
        string body = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
        return new ChartAnswer((int)response.StatusCode, response.ReasonPhrase, body);
    }

    private static ResiliencePipeline<ChartAnswer> Pipeline(DownloadOptions options)
    {
        var builder = new ResiliencePipelineBuilder<ChartAnswer>();
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<ChartAnswer>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.FirstRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                Randomizer = options.Jitter,
                ShouldHandle = new PredicateBuilder<ChartAnswer>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<Exception>(IsCutShort)
                    .HandleResult(answer => answer.IsTransient),
            });
        }

        // Added after the retry, so it sits inside it: each attempt gets the whole timeout.
        return builder.AddTimeout(options.Timeout).Build();
    }

    // The pipeline's timeout, or the HttpClient's own, and not the caller cancelling.
    private static bool IsTimeout(Exception e, CancellationToken cancellationToken) =>
        e is TimeoutRejectedException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    // A connection that broke after the request went out: the server is there, so asking again may work. A connection
    // that never opened (no network, a refused port) is not retried: the answer would be the same, only later.
    private static bool IsCutShort(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is IOException || (inner is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }))
            {
                return true;
            }
        }

        return false;
    }

    private static long UnixSeconds(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
}
