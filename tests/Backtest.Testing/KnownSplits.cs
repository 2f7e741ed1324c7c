using Backtest.Core.Data;

namespace Backtest.Testing;

/// <summary>Splits folded into the shared (split-adjusted) real data, for tests that undo them.</summary>
public static class KnownSplits
{
    /// <summary>NVDA's 4-for-1 (2021-07-20) and 10-for-1 (2024-06-10). Its earlier splits stay folded in.</summary>
    public static readonly Split[] Nvda = [new(new DateOnly(2021, 7, 20), 4), new(new DateOnly(2024, 6, 10), 10)];

    /// <summary>MSFT's 2-for-1 of 2003-02-18, its last; the day after it is its first dividend's ex-date.</summary>
    public static readonly Split[] Msft = [new(new DateOnly(2003, 2, 18), 2)];

    /// <summary>The splits a test undoes for <paramref name="ticker"/>: NVDA's and MSFT's above, none for others.</summary>
    public static Split[] Of(string ticker) => ticker.ToUpperInvariant() switch
    {
        "NVDA" => Nvda,
        "MSFT" => Msft,
        _ => [],
    };

    /// <summary>
    /// A LEAN data root in a new temporary folder holding <paramref name="tickers"/> from the CSV folder
    /// <paramref name="csvFolder"/>, with the splits of <see cref="Of"/> undone (see <see cref="LeanWriter"/>).
    /// </summary>
    public static string LeanCopy(string csvFolder, params string[] tickers)
    {
        string root = TestPaths.NewTempFolder();
        var source = new CsvFolderSource(csvFolder);
        foreach (string ticker in tickers)
        {
            LeanWriter.Write(root, source.Load(ticker), Of(ticker));
        }

        return root;
    }
}
