namespace Backtest.Core.Borrow;

/// <summary>
/// One dated row of borrow data for one ticker: the terms in force from <paramref name="Date"/> until the ticker's next row.
/// </summary>
/// <param name="Date">The day the terms take effect.</param>
/// <param name="Ticker">The ticker, as written in the data (matched to the panel without regard to case).</param>
/// <param name="Fee">
/// The annual borrow fee (0.005 is 0.5%), or null where the row does not give one (an empty fee cell, a LEAN row with only a quantity),
/// so the constant <c>borrowFee</c> applies while the row is in force.
/// </param>
/// <param name="Rebate">The annual rebate rate paid on the short sale's cash (0.045 is 4.5%; negative for a hard-to-borrow name), or null when not given.</param>
/// <param name="Available">The shares available to borrow, or null when not given.</param>
public sealed record BorrowRow(DateOnly Date, string Ticker, double? Fee, double? Rebate, double? Available);
