using System.Text.Json;

namespace Backtest.Core.Download;

/// <summary>Reads the parts of a chart answer, failing with a message that names the ticker, the address and the JSON path.</summary>
internal sealed class YahooJsonReader(string ticker, Uri url)
{
    /// <summary>The ticker the answer is for.</summary>
    public string Ticker { get; } = ticker;

    /// <summary>The address the answer came from.</summary>
    public Uri Url { get; } = url;

    /// <summary>What a JSON value is, for messages ("null", "a string", ...).</summary>
    public static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => "true or false",
    };

    /// <summary>The failure for an answer that is not the expected shape.</summary>
    public InputException Malformed(string problem) =>
        DownloadErrors.MalformedAnswer(YahooChartDownloader.SourceName, Ticker, Url, problem);

    /// <summary>Parses the answer's text as JSON.</summary>
    public JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Malformed($"it is not JSON ({e.Message})");
        }
    }

    /// <summary>
    /// The property <paramref name="name"/> of the object at <paramref name="path"/> (null for the top level); missing or
    /// null is malformed.
    /// </summary>
    public JsonElement Required(JsonElement element, string name, string? path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Malformed($"{path ?? "the top level"} is {Kind(element)}, not an object");
        }

        return element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw Malformed($"{(path is null ? name : $"{path}.{name}")} is missing");
    }

    /// <summary>The items of the list at <paramref name="path"/>.</summary>
    public JsonElement[] Array(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Array
            ? [.. element.EnumerateArray()]
            : throw Malformed($"{path} is {Kind(element)}, not a list");

    /// <summary>A whole number (a timestamp or an offset in seconds).</summary>
    public long Integer(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out long value)
            ? value
            : throw Malformed($"{path} is {Kind(element)}, not a whole number");

    /// <summary>A number, or null for a JSON null (Yahoo's way of saying it has no value that day).</summary>
    public double? Number(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => element.GetDouble(),
        _ => throw Malformed($"{path} is {Kind(element)}, not a number"),
    };
}
