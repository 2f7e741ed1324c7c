namespace Backtest.Core.Engine;

/// <summary>When an order decided after a close is filled.</summary>
public enum FillTiming
{
    /// <summary>At the next trading day's open (the default: the decision needs the close, so it cannot trade at it).</summary>
    Open,

    /// <summary>At the same close the decision saw (optimistic; for comparison with tools that do this).</summary>
    Close,
}
