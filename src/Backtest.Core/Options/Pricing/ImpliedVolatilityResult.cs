namespace Backtest.Core.Options.Pricing;

/// <summary>The volatility a premium implies, or why there is none.</summary>
/// <param name="Volatility">The annual volatility, or NaN when <see cref="Problem"/> is not <see cref="ImpliedVolatilityProblem.None"/>.</param>
/// <param name="Problem">Why there is no volatility, or <see cref="ImpliedVolatilityProblem.None"/>.</param>
/// <param name="Message">The problem in a sentence for the user (with the premium and the bound it broke), or empty.</param>
public readonly record struct ImpliedVolatilityResult(double Volatility, ImpliedVolatilityProblem Problem, string Message)
{
    /// <summary>Whether a volatility was found.</summary>
    public bool Found => Problem == ImpliedVolatilityProblem.None;
}
