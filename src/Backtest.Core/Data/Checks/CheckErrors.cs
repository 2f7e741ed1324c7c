namespace Backtest.Core.Data.Checks;

/// <summary>The messages for a data check that cannot start, in one place.</summary>
public static class CheckErrors
{
    /// <summary>A folder to check that does not exist.</summary>
    public static InputException MissingFolder(string folder) =>
        new($"data folder '{folder}' does not exist; name a folder of <TICKER>.csv price files.");

    /// <summary>A folder without a single price file: nothing to check, and nothing a backtest could run on.</summary>
    public static InputException NoPriceFiles(string folder) =>
        new($"data folder '{folder}' holds no price files (<TICKER>.csv); nothing to check.");
}
