namespace Backtest.Core.Margin;

/// <summary>How much equity an account must keep against its positions (Reg T style maintenance margin).</summary>
public interface IMarginModel
{
    /// <summary>The maintenance requirement as a fraction of the absolute market value of a position.</summary>
    double MaintenanceRate(int ticker, bool isShort);
}
