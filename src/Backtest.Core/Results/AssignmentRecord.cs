namespace Backtest.Core.Results;

/// <summary>One assignment in <c>run.json</c>.</summary>
/// <param name="Key">The parameter name.</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Origin">Where it came from.</param>
public sealed record AssignmentRecord(string Key, string Value, string Origin);
