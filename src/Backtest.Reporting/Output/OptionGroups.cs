namespace Backtest.Reporting.Output;

/// <summary>
/// Option contracts summed by underlying and right (<c>NVDA puts</c>) where there are too many to list: a strategy that
/// rolls puts holds a hundred contracts over a few years, more rows than a page or a figure can show.
/// </summary>
public static class OptionGroups
{
    /// <summary>More rows than this in a tear-sheet table, and its option contracts are summed per group.</summary>
    public const int MostRows = 30;

    /// <summary>The group of a contract name: <c>PLTR 2027-01-15 P 50</c> belongs to <c>PLTR puts</c>.</summary>
    public static string Of(string contract)
    {
        string[] parts = contract.Split(' ');
        return parts.Length >= 4 ? $"{parts[0]} {(parts[2] == "P" ? "puts" : "calls")}" : contract;
    }
}
