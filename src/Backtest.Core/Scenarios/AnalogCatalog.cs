namespace Backtest.Core.Scenarios;

/// <summary>The named historical analogs <c>scenario --analog</c> knows, with their dates and where the dates come from.</summary>
/// <remarks>
/// Each window runs from a peak close to the following low close of the analog's ticker, as its daily data shows them
/// (the bundled real data agrees with the index histories cited). A user's own window is <c>TICKER:FROM..TO</c>, or
/// <c>T1+T2+...:FROM..TO</c> for an equal-weight basket.
/// </remarks>
public static class AnalogCatalog
{
    /// <summary>The named analogs, in the order <c>list</c> shows them.</summary>
    public static IReadOnlyList<Analog> All { get; } =
    [
        new("dotcom-bust", "QQQ", new(2000, 3, 27), new(2002, 10, 9),
            "Nasdaq-100 (QQQ) from its 2000-03-27 peak close to its 2002-10-09 low: -83% (the Composite fell 78%, 5,048.62 on 2000-03-10 to 1,114.11 on 2002-10-09; Nasdaq)"),
        new("dotcom-meltup", "QQQ", new(1999, 10, 1), new(2000, 3, 27),
            "Nasdaq-100 (QQQ) in the last six months of the bubble, 1999-10-01 to the 2000-03-27 peak: about +90% (needs QQQ data from before 1999-10-01)"),
        new("gfc-2008", "SPY", new(2007, 10, 9), new(2009, 3, 9),
            "S&P 500 (SPY) from its 2007-10-09 peak to its 2009-03-09 low: -56% (S&P Dow Jones Indices)"),
        new("covid-2020", "SPY", new(2020, 2, 19), new(2020, 3, 23),
            "S&P 500 (SPY) from its 2020-02-19 peak to its 2020-03-23 low: -34% in 23 trading days (S&P Dow Jones Indices)"),
        new("tech-2022", "QQQ", new(2021, 11, 19), new(2022, 12, 28),
            "Nasdaq-100 (QQQ) from its 2021-11-19 peak close to its 2022-12-28 low: -36% (rate rises)"),
    ];

    /// <summary>
    /// The analog <paramref name="text"/> names: a catalog name, or <c>TICKER:FROM..TO</c> for a window of one's own, where
    /// TICKER may be an equal-weight basket, <c>QQQ+ORCL+CSCO</c>.
    /// Anything else is an <see cref="InputException"/> listing the names.
    /// </summary>
    public static Analog Parse(string text)
    {
        foreach (Analog analog in All)
        {
            if (analog.Name.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return analog;
            }
        }

        int colon = text.IndexOf(':', StringComparison.Ordinal);
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (colon > 0 && dots > colon
            && text[..colon].Split('+').All(Data.TickerSymbol.IsValid)
            && DateOnly.TryParseExact(text[(colon + 1)..dots], "yyyy-MM-dd", out DateOnly from)
            && DateOnly.TryParseExact(text[(dots + 2)..], "yyyy-MM-dd", out DateOnly to))
        {
            if (to <= from)
            {
                throw ScenarioErrors.EmptyAnalog(text);
            }

            string ticker = text[..colon].ToUpperInvariant();
            return new Analog(text, ticker, from, to, $"{ticker} from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        }

        throw ScenarioErrors.UnknownAnalog(text, All.Select(a => a.Name));
    }
}
