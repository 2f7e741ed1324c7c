namespace Backtest.Core.Options.Pricing;

/// <summary>When an option may be exercised.</summary>
public enum OptionStyle
{
    /// <summary>On any day up to expiry, as US single-stock options.</summary>
    American,

    /// <summary>Only at expiry, as index options such as SPX.</summary>
    European,
}
