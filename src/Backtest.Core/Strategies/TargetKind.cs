namespace Backtest.Core.Strategies;

/// <summary>What a strategy asked for one ticker at a decision.</summary>
public enum TargetKind
{
    /// <summary>Nothing: keep the position as it is.</summary>
    None,

    /// <summary>A target share of equity (negative = short).</summary>
    Weight,

    /// <summary>A target quantity (negative = short).</summary>
    Quantity,

    /// <summary>An explicit order: buy (positive) or sell (negative) this many.</summary>
    Order,
}
