using System.Text.Json;

namespace Backtest.Core.Download;

/// <summary>Reads an answer of Yahoo's v8 chart endpoint into bars, dividends and splits, checking its shape as it goes.</summary>
/// <remarks>
/// A bar's date is its timestamp's calendar date in the exchange's time zone (<see cref="ExchangeClock"/>): Yahoo stamps
/// daily bars at the session's start, so the exchange's own date is the one the loader and the engine mean.
/// </remarks>
internal static class YahooChartParser
{
    private const string Quote = "chart.result[0].indicators.quote[0]";

    /// <summary>Parses <paramref name="json"/>, the answer for <paramref name="request"/>, keeping the days in its window.</summary>
    public static DownloadedPrices Parse(DownloadRequest request, Uri url, string json)
    {
        var reader = new YahooJsonReader(request.Ticker, url);
        using JsonDocument document = reader.ParseDocument(json);
        JsonElement result = Result(reader, document.RootElement);
        JsonElement meta = reader.Required(result, "meta", "chart.result[0]");
        long offset = reader.Integer(reader.Required(meta, "gmtoffset", "chart.result[0].meta"), "chart.result[0].meta.gmtoffset");
        string? zone = meta.TryGetProperty("exchangeTimezoneName", out JsonElement name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        ExchangeClock clock = ExchangeClock.Of(zone, offset);
        if (!result.TryGetProperty("timestamp", out JsonElement timestamps) || timestamps.ValueKind == JsonValueKind.Null)
        {
            // Yahoo's answer for a window with no trading day: meta, but no timestamps and empty quote objects.
            throw DownloadErrors.NoBars(YahooChartDownloader.SourceName, request.Ticker, request.From, request.To, url);
        }

        (List<DailyBar> bars, List<SkippedDay> skipped) = Bars(reader, request, result, timestamps, clock);
        if (bars.Count == 0)
        {
            throw DownloadErrors.NoBars(YahooChartDownloader.SourceName, request.Ticker, request.From, request.To, url);
        }

        JsonElement events = result.TryGetProperty("events", out JsonElement e) ? e : default;
        return new DownloadedPrices(
            request.Ticker.ToUpperInvariant(),
            bars,
            YahooEvents.Dividends(reader, request, events, clock),
            YahooEvents.Splits(reader, request, events, clock),
            skipped);
    }

    /// <summary>The <c>chart.error.description</c> of an answer (404s carry one), or null when there is none to read.</summary>
    public static string? ErrorDescription(string json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("chart", out JsonElement chart)
                && chart.ValueKind == JsonValueKind.Object
                && chart.TryGetProperty("error", out JsonElement error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("description", out JsonElement description)
                && description.ValueKind == JsonValueKind.String
                    ? description.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement Result(YahooJsonReader reader, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw reader.Malformed($"the top level is {YahooJsonReader.Kind(root)}, not an object with 'chart'");
        }

        JsonElement chart = reader.Required(root, "chart", null);
        if (chart.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.Object)
        {
            string? code = error.TryGetProperty("code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            string? description = error.TryGetProperty("description", out JsonElement d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            throw code == "Not Found"
                ? DownloadErrors.UnknownTicker(YahooChartDownloader.SourceName, reader.Ticker, reader.Url, description)
                : DownloadErrors.Refused(YahooChartDownloader.SourceName, reader.Ticker, reader.Url, code ?? "an error", description);
        }

        JsonElement results = reader.Required(chart, "result", "chart");
        if (results.ValueKind != JsonValueKind.Array || results.GetArrayLength() == 0)
        {
            throw reader.Malformed($"chart.result is {YahooJsonReader.Kind(results)}, not a list with one result");
        }

        JsonElement result = results[0];
        return result.ValueKind == JsonValueKind.Object
            ? result
            : throw reader.Malformed($"chart.result[0] is {YahooJsonReader.Kind(result)}, not an object");
    }

    private static (List<DailyBar> Bars, List<SkippedDay> Skipped) Bars(
        YahooJsonReader reader, DownloadRequest request, JsonElement result, JsonElement timestamps, ExchangeClock clock)
    {
        JsonElement[] stamps = reader.Array(timestamps, "chart.result[0].timestamp");
        JsonElement indicators = reader.Required(result, "indicators", "chart.result[0]");
        JsonElement quotes = reader.Required(indicators, "quote", "chart.result[0].indicators");
        JsonElement[] quoteList = reader.Array(quotes, "chart.result[0].indicators.quote");
        if (quoteList.Length == 0)
        {
            throw reader.Malformed("chart.result[0].indicators.quote is an empty list");
        }

        JsonElement quote = quoteList[0];
        JsonElement[] open = Column(reader, quote, "open", stamps.Length);
        JsonElement[] high = Column(reader, quote, "high", stamps.Length);
        JsonElement[] low = Column(reader, quote, "low", stamps.Length);
        JsonElement[] close = Column(reader, quote, "close", stamps.Length);
        JsonElement[] volume = Column(reader, quote, "volume", stamps.Length);

        var rows = new List<(long Stamp, DailyBar? Bar, string? Skip)>(stamps.Length);
        for (int i = 0; i < stamps.Length; i++)
        {
            long stamp = reader.Integer(stamps[i], $"chart.result[0].timestamp[{i}]");
            DateOnly date = clock.DateOf(stamp);
            if (date < request.From || date > request.To)
            {
                continue;
            }

            double? o = reader.Number(open[i], $"{Quote}.open[{i}]");
            double? h = reader.Number(high[i], $"{Quote}.high[{i}]");
            double? l = reader.Number(low[i], $"{Quote}.low[{i}]");
            double? c = reader.Number(close[i], $"{Quote}.close[{i}]");
            // Volume is not traded on, so a missing one must not cost a day of prices: it is written as 0.
            double v = reader.Number(volume[i], $"{Quote}.volume[{i}]") ?? 0;
            if (o is null || h is null || l is null || c is null)
            {
                rows.Add((stamp, null, "no prices"));
                continue;
            }

            var bar = new DailyBar(date, o.Value, h.Value, l.Value, c.Value, v);
            rows.Add((stamp, bar, BarProblem(bar)));
        }

        return Collect(rows, clock);
    }

    private static JsonElement[] Column(YahooJsonReader reader, JsonElement quote, string name, int count)
    {
        string path = $"{Quote}.{name}";
        JsonElement[] values = reader.Array(reader.Required(quote, name, Quote), path);
        return values.Length == count
            ? values
            : throw reader.Malformed($"{path} has {values.Length} values but chart.result[0].timestamp has {count}");
    }

    // In timestamp order, one bar a date: Yahoo can list the latest day twice (once as the live quote); the later wins.
    private static (List<DailyBar> Bars, List<SkippedDay> Skipped) Collect(List<(long Stamp, DailyBar? Bar, string? Skip)> rows, ExchangeClock clock)
    {
        var bars = new List<DailyBar>(rows.Count);
        var skipped = new List<SkippedDay>();
        var byDate = rows.OrderBy(r => r.Stamp).GroupBy(r => clock.DateOf(r.Stamp));
        foreach (var day in byDate)
        {
            var last = day.Last();
            if (last.Bar is { } bar && last.Skip is null)
            {
                bars.Add(bar);
            }
            else
            {
                skipped.Add(new SkippedDay(day.Key, last.Skip ?? "no prices"));
            }
        }

        return (bars, skipped);
    }

    // The loader's checks (PriceCsvReader), so that every row written loads: a bar that would stop a run is left out instead.
    private static string? BarProblem(DailyBar bar)
    {
        double[] prices = [bar.Open, bar.High, bar.Low, bar.Close];
        if (prices.Any(p => !double.IsFinite(p) || p <= 0) || !double.IsFinite(bar.Volume) || bar.Volume < 0)
        {
            return "a price that is not positive, or a negative volume";
        }

        double slack = bar.High * 1e-6;
        bool inside = bar.High >= bar.Low
            && bar.Open <= bar.High + slack && bar.Open >= bar.Low - slack
            && bar.Close <= bar.High + slack && bar.Close >= bar.Low - slack;
        return inside ? null : "open or close outside the day's low..high";
    }
}
