using Backtest.Testing;

namespace Backtest.Core.Tests.Data;

/// <summary>Writes tiny LEAN data folders for the loader's tests, so each case's lines sit in its test as text.</summary>
internal static class LeanText
{
    /// <summary>
    /// Writes <c>equity/usa/daily/&lt;ticker&gt;.zip</c> holding <c>&lt;ticker&gt;.csv</c> with <paramref name="prices"/>
    /// and, when given, <c>equity/usa/factor_files/&lt;ticker&gt;.csv</c> with <paramref name="factors"/>, under a new
    /// temporary folder; returns that root.
    /// </summary>
    public static string WriteRoot(string ticker, string[] prices, string[]? factors = null)
    {
        string root = TestPaths.NewTempFolder();
        WriteIn(root, ticker, prices, factors);
        return root;
    }

    /// <summary>Adds a ticker's zip and factor file (when given) to the LEAN root <paramref name="root"/>.</summary>
    public static void WriteIn(string root, string ticker, string[] prices, string[]? factors = null)
    {
        string market = Path.Combine(root, "equity", "usa");
        Directory.CreateDirectory(Path.Combine(market, "daily"));
        Directory.CreateDirectory(Path.Combine(market, "factor_files"));
        string name = ticker.ToLowerInvariant();
        LeanWriter.WriteZip(ZipPath(root, ticker), name + ".csv", prices);
        if (factors is not null)
        {
            File.WriteAllText(FactorPath(root, ticker), string.Concat(factors.Select(line => line + "\n")));
        }
    }

    /// <summary>Where <see cref="WriteIn"/> puts a ticker's zip.</summary>
    public static string ZipPath(string root, string ticker) =>
        Path.Combine(root, "equity", "usa", "daily", ticker.ToLowerInvariant() + ".zip");

    /// <summary>Where <see cref="WriteIn"/> puts a ticker's factor file.</summary>
    public static string FactorPath(string root, string ticker) =>
        Path.Combine(root, "equity", "usa", "factor_files", ticker.ToLowerInvariant() + ".csv");
}
