using System.Globalization;
using System.Text;

namespace Backtest.Testing.Http;

/// <summary>Answers shaped like those of Yahoo's v8 chart endpoint, for the local server to serve.</summary>
public static class YahooChart
{
    /// <summary>What Yahoo answers (with HTTP 404) for a symbol it does not know.</summary>
    public const string NotFound = """{"chart":{"result":null,"error":{"code":"Not Found","description":"No data found, symbol may be delisted"}}}""";

    /// <summary>
    /// NVDA around its 10:1 split of 2024-06-10, as Yahoo gives it: split-adjusted float32-looking prices stamped at the
    /// 09:30 New York open (13:30 UTC, gmtoffset -14400), 2024-06-05 all nulls, the split on 2024-06-10 and a $0.01
    /// dividend going ex on 2024-06-11.
    /// </summary>
    public const string NvdaSplitWeek = """
        {"chart":{"result":[{"meta":{"currency":"USD","symbol":"NVDA","exchangeName":"NMS","fullExchangeName":"NasdaqGS","instrumentType":"EQUITY",
        "firstTradeDate":917015400,"regularMarketTime":1718136000,"hasPrePostMarketData":true,"gmtoffset":-14400,"timezone":"EDT",
        "exchangeTimezoneName":"America/New_York","regularMarketPrice":120.91,"priceHint":2,
        "currentTradingPeriod":{"pre":{"timezone":"EDT","start":1718092800,"end":1718112600,"gmtoffset":-14400},
        "regular":{"timezone":"EDT","start":1718112600,"end":1718136000,"gmtoffset":-14400},
        "post":{"timezone":"EDT","start":1718136000,"end":1718150400,"gmtoffset":-14400}},
        "dataGranularity":"1d","range":"","validRanges":["1d","5d","1mo","3mo","6mo","1y","2y","5y","10y","ytd","max"]},
        "timestamp":[1717507800,1717594200,1717680600,1717767000,1718026200,1718112600],
        "events":{"dividends":{"1718112600":{"amount":0.01,"date":1718112600}},
        "splits":{"1718026200":{"date":1718026200,"numerator":10,"denominator":1,"splitRatio":"10:1"}}},
        "indicators":{"quote":[{
        "open":[115.72000122070312,null,124.05000305175781,119.7699966430664,120.37000274658203,121.7699966430664],
        "high":[116.5999984741211,null,125.58999633789062,121.69000244140625,123.0999984741211,122.87000274658203],
        "low":[114.04000091552734,null,118.31999969238281,117.22000122070312,117.01000213623047,118.73999786376953],
        "close":[116.43699645996094,null,120.99800109863281,120.88800048828125,121.79000091552734,120.91000366210938],
        "volume":[403324000,null,664696000,412386000,314162700,222551200]}],
        "adjclose":[{"adjclose":[116.41307067871094,null,120.97314453125,120.86315155029297,121.76496124267578,120.91000366210938]}]}}],
        "error":null}}
        """;

    /// <summary>The good days of <see cref="NvdaSplitWeek"/>: date, open, high, low, close, volume.</summary>
    public static readonly IReadOnlyList<(string Date, double Open, double High, double Low, double Close, double Volume)> NvdaBars =
    [
        ("2024-06-04", 115.72000122070312, 116.5999984741211, 114.04000091552734, 116.43699645996094, 403324000),
        ("2024-06-06", 124.05000305175781, 125.58999633789062, 118.31999969238281, 120.99800109863281, 664696000),
        ("2024-06-07", 119.7699966430664, 121.69000244140625, 117.22000122070312, 120.88800048828125, 412386000),
        ("2024-06-10", 120.37000274658203, 123.0999984741211, 117.01000213623047, 121.79000091552734, 314162700),
        ("2024-06-11", 121.7699966430664, 122.87000274658203, 118.73999786376953, 120.91000366210938, 222551200),
    ];

    /// <summary>
    /// A chart answer for <paramref name="symbol"/> built from bars and dividends, stamped at 13:30 UTC with a New York
    /// offset, as Yahoo stamps US daily bars. Used to serve the tests' price files as if from Yahoo.
    /// </summary>
    public static string Build(
        string symbol,
        IEnumerable<(DateOnly Date, double Open, double High, double Low, double Close, double Volume)> bars,
        IEnumerable<(DateOnly Date, double Amount)> dividends)
    {
        var list = bars.ToList();
        string Stamp(DateOnly date) => new DateTimeOffset(date.ToDateTime(new TimeOnly(13, 30)), TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        string Column(Func<(DateOnly Date, double Open, double High, double Low, double Close, double Volume), double> pick) =>
            string.Join(",", list.Select(b => pick(b).ToString("R", CultureInfo.InvariantCulture)));

        var json = new StringBuilder();
        json.Append("{\"chart\":{\"result\":[{\"meta\":{\"currency\":\"USD\",\"symbol\":\"").Append(symbol)
            .Append("\",\"gmtoffset\":-18000,\"timezone\":\"EST\",\"exchangeTimezoneName\":\"America/New_York\",\"dataGranularity\":\"1d\"},");
        json.Append("\"timestamp\":[").Append(string.Join(",", list.Select(b => Stamp(b.Date)))).Append("],");
        json.Append("\"events\":{\"dividends\":{")
            .Append(string.Join(",", dividends.Select(d => $"\"{Stamp(d.Date)}\":{{\"amount\":{d.Amount.ToString("R", CultureInfo.InvariantCulture)},\"date\":{Stamp(d.Date)}}}")))
            .Append("}},");
        json.Append("\"indicators\":{\"quote\":[{")
            .Append("\"open\":[").Append(Column(b => b.Open)).Append("],")
            .Append("\"high\":[").Append(Column(b => b.High)).Append("],")
            .Append("\"low\":[").Append(Column(b => b.Low)).Append("],")
            .Append("\"close\":[").Append(Column(b => b.Close)).Append("],")
            .Append("\"volume\":[").Append(Column(b => b.Volume)).Append("]}],")
            .Append("\"adjclose\":[{\"adjclose\":[").Append(Column(b => b.Close)).Append("]}]}}],\"error\":null}}");
        return json.ToString();
    }
}
