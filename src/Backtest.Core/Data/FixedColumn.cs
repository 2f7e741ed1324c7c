namespace Backtest.Core.Data;

/// <summary>A column that must hold the same value on every row, such as Stooq's <c>&lt;PER&gt;</c> = D for daily bars.</summary>
/// <param name="Column">The header name.</param>
/// <param name="Value">The value every row must hold (any case).</param>
/// <param name="Meaning">What the value means, for the message when a row differs (<c>daily bars</c>).</param>
public sealed record FixedColumn(string Column, string Value, string Meaning);
