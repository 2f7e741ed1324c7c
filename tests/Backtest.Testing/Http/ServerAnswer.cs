namespace Backtest.Testing.Http;

/// <summary>What the local server sends back: a status and a body, maybe late, maybe cut short.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Reason">The reason phrase.</param>
/// <param name="Body">The body (sent as UTF-8 with its full Content-Length).</param>
public sealed record ServerAnswer(int Status, string Reason, string Body)
{
    /// <summary>How long to wait before answering at all.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When set, only this many bytes of the body are sent before the connection is closed: a killed download.</summary>
    public int? CutAfterBytes { get; init; }

    /// <summary>A 200 with <paramref name="json"/>.</summary>
    public static ServerAnswer Ok(string json) => new(200, "OK", json);

    /// <summary>A 404 with Yahoo's answer for an unknown symbol.</summary>
    public static ServerAnswer NotFound() => new(404, "Not Found", YahooChart.NotFound);

    /// <summary>A 429, as Yahoo sends when asked too often.</summary>
    public static ServerAnswer TooManyRequests() => new(429, "Too Many Requests", "Too Many Requests\r\n");

    /// <summary>A 500.</summary>
    public static ServerAnswer ServerError() => new(500, "Internal Server Error", "{\"finance\":{\"result\":null,\"error\":{\"code\":\"internal-error\",\"description\":\"busy\"}}}");
}
