namespace Backtest.Core.Options.Pricing;

/// <summary>Which right an option gives its holder: to buy (call) or to sell (put) the underlying at the strike.</summary>
public enum OptionRight
{
    /// <summary>The right to buy at the strike.</summary>
    Call,

    /// <summary>The right to sell at the strike.</summary>
    Put,
}
