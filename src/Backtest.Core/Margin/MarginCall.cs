namespace Backtest.Core.Margin;

/// <summary>The money math of a margin call: how much of every position to cut so that equity covers the requirement again.</summary>
public static class MarginCall
{
    /// <summary>
    /// The fraction f of every position that can trade to close so that, after paying the costs of the cut,
    /// equity is at least the requirement: E - f S - C &gt;= R - f Rc, so f = (R - E + C) / (Rc - S),
    /// where Rc is the requirement of the positions that can trade (all of R on a normal day), S the slippage
    /// of closing them all and C the commission of the cut.
    /// </summary>
    /// <param name="equity">Equity E at the fill prices before the cut.</param>
    /// <param name="requirement">Maintenance requirement R at the fill prices before the cut.</param>
    /// <param name="cuttableRequirement">The part Rc of R held in positions that can trade now.</param>
    /// <param name="closeOutSlippage">Slippage S, in money, of closing those positions (a cut of f pays f S).</param>
    /// <param name="commission">Commission C the cut will pay.</param>
    /// <returns>0 when equity already covers the requirement, 1 when everything that can trade must go.</returns>
    public static double CutFraction(double equity, double requirement, double cuttableRequirement, double closeOutSlippage, double commission)
    {
        if (equity >= requirement)
        {
            return 0;
        }

        double denominator = cuttableRequirement - closeOutSlippage;
        if (equity <= 0 || denominator <= 0)
        {
            return 1;
        }

        return Math.Clamp((requirement - equity + commission) / denominator, 0, 1);
    }
}
