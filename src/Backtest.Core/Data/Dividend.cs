namespace Backtest.Core.Data;

/// <summary>A cash dividend per share, paid to holders of record on its ex-date.</summary>
/// <param name="ExDate">The ex-dividend date: a position held at the previous close receives (long) or pays (short) it.</param>
/// <param name="Amount">Cash per share, in the same (split-adjusted) units as the prices.</param>
public readonly record struct Dividend(DateOnly ExDate, double Amount);
