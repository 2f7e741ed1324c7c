namespace Backtest.Core.Options.Pricing;

/// <summary>What a model price depends on, per share of underlying.</summary>
/// <remarks>The pricers trust these values (they sit on the engine's hot path); the CLI and the engine check them first.</remarks>
/// <param name="Spot">The underlying's price, &gt; 0.</param>
/// <param name="Strike">The strike, &gt; 0.</param>
/// <param name="Years">Time to expiry in years: calendar days from the valuation close to the expiry date / 365; 0 at expiry.</param>
/// <param name="Rate">Continuously compounded risk-free rate a year (0.04 = 4%).</param>
/// <param name="DividendYield">Continuous dividend yield a year (0 for PLTR; about 0.0002 for NVDA).</param>
/// <param name="Volatility">Annual volatility of the underlying's log returns (0.5 = 50%), &gt; 0.</param>
public readonly record struct OptionInputs(double Spot, double Strike, double Years, double Rate, double DividendYield, double Volatility)
{
    /// <summary>The same inputs at another volatility.</summary>
    public OptionInputs WithVolatility(double volatility) => this with { Volatility = volatility };
}
