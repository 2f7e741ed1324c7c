using System.Text.Json;
using Backtest.Core.Data;

namespace Backtest.Core.Download;

/// <summary>Reads <c>events.dividends</c> and <c>events.splits</c> of a chart answer: objects keyed by timestamp.</summary>
internal static class YahooEvents
{
    private const string Events = "chart.result[0].events";

    /// <summary>The dividends in the window, one per ex-date, in date order.</summary>
    public static List<Dividend> Dividends(YahooJsonReader reader, DownloadRequest request, JsonElement events, ExchangeClock clock)
    {
        var byDate = new SortedDictionary<DateOnly, double>();
        foreach ((string path, JsonElement item) in Items(reader, events, "dividends"))
        {
            DateOnly date = clock.DateOf(reader.Integer(reader.Required(item, "date", path), $"{path}.date"));
            double amount = reader.Number(reader.Required(item, "amount", path), $"{path}.amount") ?? 0;
            if (!double.IsFinite(amount) || amount < 0)
            {
                throw reader.Malformed($"{path}.amount {amount} is not a cash amount");
            }

            // Two payments on one ex-date (a regular and a special dividend) are owed together: the loader takes one row a date.
            if (date >= request.From && date <= request.To)
            {
                byDate[date] = byDate.GetValueOrDefault(date) + amount;
            }
        }

        return [.. byDate.Select(d => new Dividend(d.Key, d.Value))];
    }

    /// <summary>The splits in the window, one per date, in date order.</summary>
    public static List<StockSplit> Splits(YahooJsonReader reader, DownloadRequest request, JsonElement events, ExchangeClock clock)
    {
        var byDate = new SortedDictionary<DateOnly, StockSplit>();
        foreach ((string path, JsonElement item) in Items(reader, events, "splits"))
        {
            DateOnly date = clock.DateOf(reader.Integer(reader.Required(item, "date", path), $"{path}.date"));
            double numerator = Ratio(reader, item, "numerator", path);
            double denominator = Ratio(reader, item, "denominator", path);
            if (date < request.From || date > request.To)
            {
                continue;
            }

            // Two splits listed on one day compound, as they would on the shares.
            byDate[date] = byDate.TryGetValue(date, out StockSplit before)
                ? new StockSplit(date, before.Numerator * numerator, before.Denominator * denominator)
                : new StockSplit(date, numerator, denominator);
        }

        return [.. byDate.Values];
    }

    private static double Ratio(YahooJsonReader reader, JsonElement item, string name, string path)
    {
        double value = reader.Number(reader.Required(item, name, path), $"{path}.{name}") ?? 0;
        return double.IsFinite(value) && value > 0
            ? value
            : throw reader.Malformed($"{path}.{name} {value} is not a positive share count");
    }

    // No events object, or none of this kind, means none: Yahoo leaves out what a window does not have.
    private static IEnumerable<(string Path, JsonElement Item)> Items(YahooJsonReader reader, JsonElement events, string kind)
    {
        if (events.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            yield break;
        }

        if (events.ValueKind != JsonValueKind.Object)
        {
            throw reader.Malformed($"{Events} is {YahooJsonReader.Kind(events)}, not an object");
        }

        if (!events.TryGetProperty(kind, out JsonElement items) || items.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (items.ValueKind != JsonValueKind.Object)
        {
            throw reader.Malformed($"{Events}.{kind} is {YahooJsonReader.Kind(items)}, not an object keyed by timestamp");
        }

        foreach (JsonProperty property in items.EnumerateObject())
        {
            yield return ($"{Events}.{kind}[\"{property.Name}\"]", property.Value);
        }
    }
}
