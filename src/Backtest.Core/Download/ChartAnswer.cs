namespace Backtest.Core.Download;

/// <summary>One HTTP answer read to its end: what a retry decision and the parser need, with the connection already closed.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Reason">The status line's reason phrase, if any.</param>
/// <param name="Body">The body as text.</param>
internal sealed record ChartAnswer(int Status, string? Reason, string Body)
{
    /// <summary>Too many requests, or trouble on the server's side: worth asking again after a wait.</summary>
    public bool IsTransient => Status == 429 || Status >= 500;

    /// <summary>The status for messages, e.g. "HTTP 503 Service Unavailable".</summary>
    public string StatusText => string.IsNullOrWhiteSpace(Reason) ? $"HTTP {Status}" : $"HTTP {Status} {Reason}";
}
