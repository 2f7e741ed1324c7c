namespace Backtest.Core.Options.Pricing;

/// <summary>What the engine needs of a model price every day: the price per share and its delta.</summary>
/// <param name="Price">Model price per share of underlying.</param>
/// <param name="Delta">d price / d spot (negative for puts).</param>
public readonly record struct OptionValue(double Price, double Delta);
