namespace Backtest.Core.Results;

/// <summary>One event in <c>run.json</c>.</summary>
/// <param name="Date">Its day.</param>
/// <param name="Kind">Its kind, in kebab case.</param>
/// <param name="Message">What happened.</param>
public sealed record EventRecord(string Date, string Kind, string Message);
