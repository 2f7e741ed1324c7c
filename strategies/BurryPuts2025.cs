using Backtest.Core.Options;
using Backtest.Core.Parameters;
using Backtest.Core.Strategies;

namespace Backtest.Strategies;

/// <summary>
/// Scion's AI-bubble bet as it was made: puts, not a stock short. PLTR January 2027 $50 puts, bought in October 2025 at
/// $1.84 a share (the manager's own account of the trade), and NVDA puts whose terms were not disclosed.
/// </summary>
/// <remarks>
/// The 13F reported puts on 5,000,000 PLTR shares (50,000 contracts, $912.1M of notional) and 1,000,000 NVDA shares (10,000
/// contracts, $186.58M). Sized by notional, the legs keep those proportions at <see cref="ShortAllocation"/> of equity; sized
/// by premium, the same mix is scaled so that the premium paid is <see cref="PremiumBudget"/> of equity. The PLTR contract's
/// volatility is solved from the $1.84 premium at the entry close and kept (sticky strike). The NVDA leg's defaults mirror the
/// one disclosed leg: the same expiry, about the same moneyness (strike / spot 0.27, so 50 on a 187 close), and a volatility
/// of 0.54: NVDA's trailing one-year realised volatility at the entry (about 50%) scaled by the ratio the PLTR anchor shows
/// between implied and realised (about 76% against 70%).
/// </remarks>
[Strategy("burry-puts-2025", "Scion's 13F puts as bought: PLTR Jan-2027 $50 puts anchored to the $1.84 premium, NVDA puts, in the 13F's proportions")]
public sealed class BurryPuts2025 : IStrategy
{
    /// <summary>The puts' notional (contracts x 100 x spot) as a fraction of equity, with <see cref="PutSizing.Notional"/>.</summary>
    [Parameter("Puts' notional (contracts x 100 x spot) as a fraction of equity with sizing=notional (0.8: the 13F's share of the portfolio)", Min = 0, Max = 20)]
    public double ShortAllocation { get; init; } = 0.8;

    /// <summary>How the contracts are counted.</summary>
    [Parameter("How many contracts: notional (shortAllocation of equity in notional, as the 13F) or premium (premiumBudget of equity spent on premium); both keep the 13F's PLTR:NVDA mix")]
    public PutSizing Sizing { get; init; } = PutSizing.Notional;

    /// <summary>The premium spent as a fraction of equity, with <see cref="PutSizing.Premium"/>.</summary>
    [Parameter("Premium spent as a fraction of equity with sizing=premium (0.01 = 1%)", Min = 0, Max = 1)]
    public double PremiumBudget { get; init; } = 0.01;

    /// <summary>The day the puts are bought, after its close.</summary>
    [Parameter("Day the puts are decided, after its close (the anchor is solved at that close); they fill at the next open, or at that close with fill=close")]
    public DateOnly EntryDate { get; init; } = new(2025, 10, 1);

    /// <summary>The PLTR puts' strike.</summary>
    [Parameter("PLTR puts' strike (disclosed: 50)", Min = 0.01)]
    public double PltrStrike { get; init; } = 50;

    /// <summary>The PLTR puts' expiry.</summary>
    [Parameter("PLTR puts' expiry (disclosed: January 2027, the third Friday 2027-01-15)")]
    public DateOnly PltrExpiry { get; init; } = new(2027, 1, 15);

    /// <summary>The premium the PLTR contract's volatility is solved from; 0 for the volatility settings instead.</summary>
    [Parameter("Premium a share the PLTR puts' volatility is solved from at the entry close (disclosed: 1.84); 0 = use the option volatility settings", Min = 0)]
    public double PltrPremium { get; init; } = 1.84;

    /// <summary>The NVDA puts' strike.</summary>
    [Parameter("NVDA puts' strike (not disclosed: 50, the PLTR leg's moneyness of about 0.27 of spot)", Min = 0.01)]
    public double NvdaStrike { get; init; } = 50;

    /// <summary>The NVDA puts' expiry.</summary>
    [Parameter("NVDA puts' expiry (not disclosed: the PLTR leg's)")]
    public DateOnly NvdaExpiry { get; init; } = new(2027, 1, 15);

    /// <summary>The NVDA contract's volatility; 0 for the volatility settings instead.</summary>
    [Parameter("NVDA puts' implied volatility, kept for their life (not disclosed: 0.54, NVDA's one-year realised at entry x the PLTR anchor's implied/realised ratio); 0 = use the option volatility settings", Min = 0, Max = 5)]
    public double NvdaVol { get; init; } = 0.54;

    /// <summary>The NVDA premium the contract's volatility is solved from, winning over <see cref="NvdaVol"/>; 0 for none.</summary>
    [Parameter("Premium a share the NVDA puts' volatility is solved from at the entry close, winning over nvdaVol; 0 = none", Min = 0)]
    public double NvdaPremium { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers => ["PLTR", "NVDA"];

    /// <inheritdoc/>
    public Schedule Schedule => Schedule.Once(EntryDate, "entryDate");

    /// <inheritdoc/>
    public void Decide(in DecisionContext context, TargetBook targets)
    {
        int pltr = Leg(context, OptionContract.Put("PLTR", PltrStrike, PltrExpiry), PltrPremium, 0);
        int nvda = Leg(context, OptionContract.Put("NVDA", NvdaStrike, NvdaExpiry), NvdaPremium, NvdaVol);

        // Contracts for a notional of one equity, in the 13F's proportions; then scaled to the allocation or the budget.
        double pltrContracts = Burry13F2025.PltrShare * context.Equity / (OptionContract.Multiplier * context.Close(0));
        double nvdaContracts = (1 - Burry13F2025.PltrShare) * context.Equity / (OptionContract.Multiplier * context.Close(1));
        double scale = ShortAllocation;
        if (Sizing == PutSizing.Premium)
        {
            double premium = OptionContract.Multiplier * ((pltrContracts * context.Close(pltr)) + (nvdaContracts * context.Close(nvda)));
            scale = premium > 0 ? PremiumBudget * context.Equity / premium : 0;
        }

        targets.SetQuantity(pltr, Math.Floor(scale * pltrContracts));
        targets.SetQuantity(nvda, Math.Floor(scale * nvdaContracts));
    }

    private static int Leg(in DecisionContext context, in OptionContract contract, double premium, double volatility) =>
        premium > 0 ? context.Option(contract, premium)
        : volatility > 0 ? context.OptionAtVolatility(contract, volatility)
        : context.Option(contract);
}
