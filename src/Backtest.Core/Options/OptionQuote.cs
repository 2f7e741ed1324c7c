namespace Backtest.Core.Options;

/// <summary>What a strategy sees of an option at a decision close: the model's mark and what it rests on.</summary>
/// <param name="Mark">Model price per share (a contract is worth 100 times this).</param>
/// <param name="Delta">Model delta per share.</param>
/// <param name="Volatility">The volatility used.</param>
/// <param name="Spot">The underlying's close.</param>
/// <param name="Years">Years to expiry.</param>
public readonly record struct OptionQuote(double Mark, double Delta, double Volatility, double Spot, double Years);
