namespace Backtest.Core.Data.Checks;

/// <summary>What the check found for one ticker, and its verdict.</summary>
/// <param name="Ticker">The ticker, upper case.</param>
/// <param name="Facts">Dates, rows and dividends; null when the files do not load.</param>
/// <param name="Findings">Everything found, in date order (a load failure, which has no date, first).</param>
public sealed record TickerReport(string Ticker, SeriesFacts? Facts, IReadOnlyList<Finding> Findings)
{
    /// <summary>The worst severity found: <see cref="Severity.Ok"/> when nothing was found.</summary>
    public Severity Verdict => Findings.Count == 0 ? Severity.Ok : Findings.Max(f => f.Severity);

    /// <summary>The number of findings of <paramref name="kind"/>.</summary>
    public int Count(FindingKind kind) => Findings.Count(f => f.Kind == kind);
}
