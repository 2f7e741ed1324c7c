namespace Backtest.Core.Borrow;

/// <summary>What a lender does on a day of the run.</summary>
public enum LoanEventKind
{
    /// <summary>The borrow fee changes to a rate the user set from a date (<c>borrowFee.PLTR@2026-01-15=0.5</c>).</summary>
    FeeStress,

    /// <summary>The lender recalls the shares: the short is bought back at the open (<c>recall.PLTR=2026-03-02</c>).</summary>
    Recall,
}

/// <summary>A dated event of the stock loan, resolved to a panel day.</summary>
/// <param name="Day">The panel day it takes effect: the first on or after <paramref name="Date"/> (for a recall, on which the ticker trades).</param>
/// <param name="Ticker">The panel ticker's index.</param>
/// <param name="Kind">What happens.</param>
/// <param name="Date">The date the user gave.</param>
/// <param name="Rate">The new annual fee of a stress; 0 for a recall.</param>
public readonly record struct LoanEvent(int Day, int Ticker, LoanEventKind Kind, DateOnly Date, double Rate);
