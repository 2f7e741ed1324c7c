namespace Backtest.Testing.Http;

/// <summary>A request as the local server received it.</summary>
/// <param name="Number">1 for the first request the server got, 2 for the next, ...</param>
/// <param name="Method">GET, ...</param>
/// <param name="Target">The path and query, e.g. /v8/finance/chart/NVDA?period1=...</param>
/// <param name="Headers">Header names (lower case) and values.</param>
public sealed record RecordedRequest(int Number, string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The ticker of a chart request: the path's last part.</summary>
    public string Ticker => Uri.UnescapeDataString(Target.Split('?')[0].Split('/')[^1]);

    /// <summary>The value of query parameter <paramref name="name"/>, or null.</summary>
    public string? Query(string name)
    {
        string[] parts = Target.Split('?', 2);
        return parts.Length < 2
            ? null
            : parts[1].Split('&').Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => p.Length > 1 ? p[1] : string.Empty).FirstOrDefault();
    }
}
