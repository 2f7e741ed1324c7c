namespace Backtest.Core.Engine;

/// <summary>A notable thing that happened on a day of the run, in words for the user.</summary>
/// <param name="Day">The day's index in the run.</param>
/// <param name="Kind">What kind of thing.</param>
/// <param name="Message">What happened, in a sentence.</param>
public sealed record RunEvent(int Day, RunEventKind Kind, string Message);
