namespace Backtest.Core.Download;

/// <summary>The three files written for one ticker, in the loader's format.</summary>
/// <param name="Prices"><c>&lt;TICKER&gt;.csv</c>: Date,Open,High,Low,Close,Volume.</param>
/// <param name="Dividends"><c>&lt;TICKER&gt;_dividends.csv</c>: Date,Dividend.</param>
/// <param name="Splits"><c>&lt;TICKER&gt;_splits.csv</c>: Date,Numerator,Denominator.</param>
public sealed record PriceFiles(string Prices, string Dividends, string Splits)
{
    /// <summary>The paths of the files a ticker's download goes to in <paramref name="folder"/>.</summary>
    public static PriceFiles For(string folder, string ticker) => new(
        Path.Combine(folder, ticker + ".csv"),
        Path.Combine(folder, ticker + "_dividends.csv"),
        Path.Combine(folder, ticker + "_splits.csv"));

    /// <summary>The three paths, the price file last (the order they are put in place).</summary>
    public IReadOnlyList<string> All => [Dividends, Splits, Prices];
}
