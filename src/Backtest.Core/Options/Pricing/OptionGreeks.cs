namespace Backtest.Core.Options.Pricing;

/// <summary>A model price and its sensitivities, per share of underlying.</summary>
/// <remarks>Units as QuantLib and Hull give them: vega per 1.00 of volatility (divide by 100 for one vol point), theta per year
/// (divide by 365 for one calendar day), rho per 1.00 of rate.</remarks>
/// <param name="Price">Model price.</param>
/// <param name="Delta">d price / d spot.</param>
/// <param name="Gamma">d delta / d spot.</param>
/// <param name="Vega">d price / d volatility.</param>
/// <param name="Theta">d price / d calendar time, a year (negative as time passes for a long option, as a rule).</param>
/// <param name="Rho">d price / d rate.</param>
public readonly record struct OptionGreeks(double Price, double Delta, double Gamma, double Vega, double Theta, double Rho);
