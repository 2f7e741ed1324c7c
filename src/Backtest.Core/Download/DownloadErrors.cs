namespace Backtest.Core.Download;

/// <summary>The messages for downloads that fail, in one place: each names the ticker, the address asked and what to do.</summary>
public static class DownloadErrors
{
    /// <summary>A ticker the provider does not know (Yahoo: HTTP 404, or a chart.error in the answer).</summary>
    public static InputException UnknownTicker(string source, string ticker, Uri url, string? description) =>
        new($"{source} does not know the ticker '{ticker}'" + (description is null ? string.Empty : $" ({description})") +
            $" at {url}. Check the symbol as {source} writes it (BRK-B, not BRK.B).");

    /// <summary>An answer that is not the expected shape: bad JSON, missing arrays, arrays of different lengths.</summary>
    public static InputException MalformedAnswer(string source, string ticker, Uri url, string problem) =>
        new($"{source}'s answer for {ticker} is malformed: {problem} ({url}). Nothing was written; try again later.");

    /// <summary>A provider that kept failing (429, 5xx, timeouts, dropped connections) until the attempts ran out.</summary>
    public static InputException GaveUp(string source, string ticker, Uri url, int attempts, string lastStatus) =>
        new($"gave up on {ticker} after {attempts} attempt(s) at {source}: the last one got {lastStatus} ({url}). " +
            "Nothing was written; wait a few minutes and try again (--attempts and --timeout allow more).");

    /// <summary>An answer that turns the request down for good (a 4xx other than 404 and 429): retrying would not help.</summary>
    public static InputException Refused(string source, string ticker, Uri url, string status, string? description) =>
        new($"{source} refused the request for {ticker}: {status}" + (description is null ? string.Empty : $" ({description})") +
            $" ({url}). Nothing was written.");

    /// <summary>No connection at all (no network, a name that does not resolve, a refused connection).</summary>
    public static InputException Unreachable(string source, string ticker, Uri url, string why) =>
        new($"cannot reach {source} for {ticker}: {why} ({url}). Check the network connection; nothing was written.");

    /// <summary>A ticker with no trading day in the window asked for.</summary>
    public static InputException NoBars(string source, string ticker, DateOnly from, DateOnly to, Uri url) =>
        new($"{source} has no daily bars for {ticker} from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} ({url}); widen --from/--to.");

    /// <summary>A window with its end before its start (a --from after the default end, yesterday, say).</summary>
    public static InputException EmptyWindow(DateOnly from, DateOnly to) =>
        new($"nothing to fetch: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}.");

    /// <summary>A ticker that cannot name a file.</summary>
    public static InputException BadTicker(string ticker) =>
        new($"'{ticker}' is not a ticker: use letters, digits and . - ^ = only (NVDA, BRK-B, ^GSPC), at most 20 characters.");

    /// <summary>A --source that no downloader is registered under.</summary>
    public static InputException UnknownSource(string name, IEnumerable<string> known) =>
        new($"unknown --source '{name}'; the sources are: {string.Join(", ", known)}.");

    /// <summary>A base address override that is not an absolute http(s) address.</summary>
    public static InputException BadBaseUrl(string variable, string value) =>
        new($"{variable}='{value}' is not an absolute http:// or https:// address; unset it to use the provider's own.");

    /// <summary>A data folder the files cannot be written to.</summary>
    public static InputException CannotWrite(string folder, string why) =>
        new($"cannot write prices to '{folder}': {why}");

    /// <summary>
    /// A run whose default data folder lacks prices that could not be fetched either: says exactly which command fetches
    /// them once online, and that <c>--data</c> runs on the user's own files instead.
    /// </summary>
    public static InputException MissingPricesNotFetched(string folder, IReadOnlyList<string> missing, IReadOnlyList<string> toFetch, string why) =>
        new($"'{folder}' has no prices for {string.Join(", ", missing)} and fetching them failed: {why} " +
            $"To fetch them yourself: `backtest data fetch {string.Join(" ", toFetch)}`; or run on price files you have with `--data DIR`.");
}
