namespace Backtest.Reporting.Input;

/// <summary>One row of a saved <c>options.csv</c>: an option position at one close, with the inputs of its mark.</summary>
/// <param name="Date">The day.</param>
/// <param name="Contract">The contract's name (<c>PLTR 2027-01-15 P 50</c>).</param>
/// <param name="Underlying">The underlying ticker.</param>
/// <param name="Contracts">Contracts held.</param>
/// <param name="Spot">The underlying's close.</param>
/// <param name="Volatility">The volatility the mark was priced at (0.75 = 75% a year).</param>
/// <param name="Mark">The model premium per share.</param>
/// <param name="Value">Contracts x 100 x mark.</param>
/// <param name="Delta">The option's delta per share.</param>
/// <param name="VolatilitySource">anchored, strategy, fixed or realized; empty in a folder saved before the column.</param>
public sealed record SavedOptionMark(
    DateOnly Date,
    string Contract,
    string Underlying,
    double Contracts,
    double Spot,
    double Volatility,
    double Mark,
    double Value,
    double Delta,
    string VolatilitySource = "");
