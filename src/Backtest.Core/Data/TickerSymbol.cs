namespace Backtest.Core.Data;

/// <summary>What a ticker may look like, the one rule for every ticker anywhere (parameters, lists, downloads): it becomes a file name, so nothing that could leave the data folder.</summary>
public static class TickerSymbol
{
    /// <summary>The longest ticker accepted.</summary>
    public const int MaxLength = 20;

    /// <summary>
    /// True for letters, digits and <c>. - ^ =</c> (NVDA, BRK-B, ^GSPC, EURUSD=X), at most <see cref="MaxLength"/> long.
    /// An underscore is refused too: the loader reads <c>NVDA_dividends.csv</c> as NVDA's dividends, not as a ticker.
    /// </summary>
    public static bool IsValid(string ticker) =>
        ticker.Length is > 0 and <= MaxLength
        && ticker.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '^' or '=')
        && ticker != "." && ticker != "..";
}
