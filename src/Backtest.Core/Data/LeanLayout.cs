namespace Backtest.Core.Data;

/// <summary>
/// Where a LEAN data folder keeps daily equity prices and factor files: <c>equity/usa/daily/&lt;ticker&gt;.zip</c> and
/// <c>equity/usa/factor_files/&lt;ticker&gt;.csv</c> under LEAN's data root.
/// </summary>
/// <param name="DailyFolder">The folder of <c>&lt;ticker&gt;.zip</c> price files.</param>
/// <param name="FactorFolder">The folder of <c>&lt;ticker&gt;.csv</c> factor files, beside the daily folder (it may be absent).</param>
public sealed record LeanLayout(string DailyFolder, string FactorFolder)
{
    private const string Daily = "daily";
    private const string FactorFiles = "factor_files";

    /// <summary>
    /// The layout of <paramref name="folder"/>, which may be LEAN's data root, its <c>equity/usa</c> folder or the
    /// <c>daily</c> folder itself; factor files are looked for in the daily folder's sibling <c>factor_files</c>.
    /// </summary>
    public static LeanLayout For(string folder)
    {
        string given = Path.TrimEndingDirectorySeparator(folder);
        string fromRoot = Path.Combine(given, "equity", "usa", Daily);
        string fromMarket = Path.Combine(given, Daily);
        string daily = Directory.Exists(fromRoot) ? fromRoot : Directory.Exists(fromMarket) ? fromMarket : given;
        string? parent = Path.GetDirectoryName(daily);
        string market = string.IsNullOrEmpty(parent) ? Path.GetFullPath(Path.Combine(daily, "..")) : parent;
        return new LeanLayout(daily, Path.Combine(market, FactorFiles));
    }

    /// <summary>Whether <paramref name="folder"/> looks like LEAN data: <c>equity/usa/daily</c> under it, or zips in its daily folder.</summary>
    public static bool Holds(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "equity", "usa", Daily)))
        {
            return true;
        }

        string daily = For(folder).DailyFolder;
        return Directory.Exists(daily) && Directory.EnumerateFiles(daily, "*.zip", LeanFolderSource.AnyCase).Any();
    }
}
