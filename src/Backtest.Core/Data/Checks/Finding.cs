namespace Backtest.Core.Data.Checks;

/// <summary>One thing a check found in one ticker's data.</summary>
/// <param name="Ticker">The ticker, upper case.</param>
/// <param name="Date">The day it concerns; null when it concerns the whole file (one that does not load).</param>
/// <param name="Kind">What was found.</param>
/// <param name="Severity">Whether it makes a backtest wrong (<see cref="Severity.Fail"/>) or only deserves a look.</param>
/// <param name="Detail">What was found, in words and numbers, for the user.</param>
public sealed record Finding(string Ticker, DateOnly? Date, FindingKind Kind, Severity Severity, string Detail);
