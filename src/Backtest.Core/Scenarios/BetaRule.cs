using System.Globalization;
using Backtest.Core.Data;

namespace Backtest.Core.Scenarios;

/// <summary>
/// How much of the analog's move each ticker takes: its beta to the analog's ticker over the trailing year (the
/// default), a number for all, and numbers for some (<c>trailing,NVDA=2.1</c>).
/// </summary>
/// <param name="Fixed">The beta of every ticker without its own, or null for each one's trailing beta.</param>
/// <param name="Overrides">Betas given per ticker, upper case.</param>
public sealed record BetaRule(double? Fixed, IReadOnlyDictionary<string, double> Overrides)
{
    /// <summary>Trading days the trailing beta is measured over (a year).</summary>
    public const int TrailingDays = 252;

    /// <summary>Fewer common days than this give no trailing beta (an error): a beta from a few weeks is noise.</summary>
    public const int MinDays = 60;

    /// <summary>Each ticker's trailing beta.</summary>
    public static BetaRule Trailing { get; } = new(null, new Dictionary<string, double>());

    /// <summary>How the rule is written back (<c>trailing</c>, <c>1</c>, <c>trailing,NVDA=2.1</c>).</summary>
    public override string ToString() =>
        string.Join(',', new[] { Fixed is { } b ? b.ToString(CultureInfo.InvariantCulture) : "trailing" }
            .Concat(Overrides.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value.ToString(CultureInfo.InvariantCulture)}")));

    /// <summary>Reads <c>trailing</c>, a number, and <c>TICKER=number</c> items, comma separated; anything else is an <see cref="InputException"/>.</summary>
    public static BetaRule Parse(string text)
    {
        double? all = null;
        var overrides = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (string raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = raw.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                all = raw.Equals("trailing", StringComparison.OrdinalIgnoreCase) ? null : Number(raw, text);
                continue;
            }

            string ticker = raw[..equals].Trim();
            if (!TickerSymbol.IsValid(ticker))
            {
                throw ScenarioErrors.BadBeta(text, $"'{ticker}' is not a ticker");
            }

            overrides[ticker.ToUpperInvariant()] = Number(raw[(equals + 1)..].Trim(), text);
        }

        return new BetaRule(all, overrides);
    }

    /// <summary>
    /// The beta of <paramref name="name"/> (cut at <paramref name="start"/>) to <paramref name="analog"/>'s ticker: given,
    /// else fixed, else the least-squares slope of its daily log returns on the analog ticker's over the last
    /// <see cref="TrailingDays"/> days both traded up to <paramref name="start"/> (exactly 1 for the analog's own ticker).
    /// </summary>
    public double For(TickerSeries name, TickerSeries analog, DateOnly start)
    {
        if (Overrides.TryGetValue(name.Ticker, out double given))
        {
            return given;
        }

        if (Fixed is { } all)
        {
            return all;
        }

        return name.Ticker.Equals(analog.Ticker, StringComparison.OrdinalIgnoreCase) ? 1 : TrailingBeta(name, analog, start);
    }

    private static double TrailingBeta(TickerSeries name, TickerSeries analog, DateOnly start)
    {
        // Common days, newest first, back to a year of returns.
        var x = new List<double>(TrailingDays);
        var y = new List<double>(TrailingDays);
        int i = LastIndexOnOrBefore(name.Dates, start), j = LastIndexOnOrBefore(analog.Dates, start);
        while (i > 0 && j > 0 && x.Count < TrailingDays)
        {
            if (name.Dates[i] > analog.Dates[j])
            {
                i--;
            }
            else if (name.Dates[i] < analog.Dates[j])
            {
                j--;
            }
            else
            {
                // Both traded on this day and on their previous bars: one return each over the same stretch, unless a gap
                // in one makes the stretches differ; then the day is skipped.
                if (name.Dates[i - 1] == analog.Dates[j - 1])
                {
                    y.Add(Math.Log(name.Close[i] / name.Close[i - 1]));
                    x.Add(Math.Log(analog.Close[j] / analog.Close[j - 1]));
                }

                i--;
                j--;
            }
        }

        if (x.Count < MinDays)
        {
            throw ScenarioErrors.TooFewDaysForBeta(name.Ticker, analog.Ticker, start, x.Count);
        }

        double meanX = x.Average(), meanY = y.Average(), cov = 0, varX = 0;
        for (int k = 0; k < x.Count; k++)
        {
            cov += (x[k] - meanX) * (y[k] - meanY);
            varX += (x[k] - meanX) * (x[k] - meanX);
        }

        return cov / varX;
    }

    private static int LastIndexOnOrBefore(DateOnly[] dates, DateOnly day)
    {
        int k = Array.BinarySearch(dates, day);
        return k >= 0 ? k : ~k - 1;
    }

    private static double Number(string raw, string text) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && Math.Abs(value) <= 10
            ? value
            : throw ScenarioErrors.BadBeta(text, $"'{raw}' is not a beta from -10 to 10");
}
