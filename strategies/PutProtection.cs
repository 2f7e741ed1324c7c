using Backtest.Core.Options;
using Backtest.Core.Parameters;
using Backtest.Core.Strategies;

namespace Backtest.Strategies;

/// <summary>
/// Always hold puts on a basket: each name's put at a moneyness and tenor, rolled a set number of days before expiry,
/// spending a premium budget a year. Crash insurance on the AI names, optionally over a long position in them.
/// </summary>
/// <remarks>
/// At each roll a name gets budget x (days the new put will be held / 365) / names of premium, so the spend is the budget
/// a year whatever the tenor. Strikes sit on the usual listed grid and expiries on the third Friday of the month.
/// </remarks>
[Strategy("put-protection", "Hold puts on a basket at a moneyness and tenor, rolled before expiry, spending a premium budget a year")]
public sealed class PutProtection : IStrategy
{
    /// <summary>The names the puts are on.</summary>
    [Parameter("Tickers to hold puts on, equal premium each (those not trading yet join when they list)")]
    public string[] Basket { get; init; } = ["NVDA", "PLTR", "MSFT", "AMD", "AVGO", "ORCL", "META", "SMCI"];

    /// <summary>Strike as a fraction of spot.</summary>
    [Parameter("Strike as a fraction of the close at purchase (0.8 = 20% out of the money), rounded to the listed grid", Min = 0.1, Max = 2)]
    public double Moneyness { get; init; } = 0.8;

    /// <summary>Months to expiry at purchase.</summary>
    [Parameter("Months to expiry at purchase: the third Friday that many months ahead", Min = 1, Max = 36)]
    public int TenorMonths { get; init; } = 6;

    /// <summary>Calendar days before expiry at which a put is sold and replaced.</summary>
    [Parameter("Calendar days before expiry at which a put is sold and replaced by a new one", Min = 0, Max = 365)]
    public int RollDays { get; init; } = 30;

    /// <summary>Premium spent a year as a fraction of equity.</summary>
    [Parameter("Premium spent a year, as a fraction of equity (0.05 = 5%), split equally over the names", Min = 0, Max = 1)]
    public double Budget { get; init; } = 0.05;

    /// <summary>The long position in the basket the puts protect.</summary>
    [Parameter("Fraction of equity held long in the basket, equal weights, set at each roll (0 = puts only)", Min = 0, Max = 2)]
    public double LongAllocation { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<string> Tickers => Basket;

    /// <inheritdoc/>
    public Schedule Schedule => new(Frequency.Daily);

    /// <inheritdoc/>
    public void Decide(in DecisionContext context, TargetBook targets)
    {
        int live = 0;
        for (int i = 0; i < Basket.Length; i++)
        {
            live += context.IsLive(i) ? 1 : 0;
        }

        bool rolled = false;
        for (int i = 0; i < Basket.Length && live > 0; i++)
        {
            if (!context.IsLive(i))
            {
                continue;
            }

            int held = HeldPut(context, i);
            if (held >= 0 && context.Contract(held).Expiry.DayNumber - context.Date.DayNumber > RollDays)
            {
                continue;
            }

            if (held >= 0)
            {
                targets.Close(held);
            }

            DateOnly expiry = Expiry(context.Date);
            var contract = OptionContract.Put(Basket[i], ListedTerms.NearestStrike(Moneyness * context.Close(i)), expiry);
            double years = (expiry.DayNumber - context.Date.DayNumber - RollDays) / 365.0;
            targets.SetWeight(context.Option(contract), Budget * years / live);
            rolled = true;
        }

        for (int i = 0; i < Basket.Length && rolled && LongAllocation > 0; i++)
        {
            if (context.IsLive(i))
            {
                targets.SetWeight(i, LongAllocation / live);
            }
        }
    }

    // The put held on ticker i (the latest asked for), or -1.
    private static int HeldPut(in DecisionContext context, int i)
    {
        string ticker = context.Ticker(i);
        for (int j = context.InstrumentCount - 1; j >= context.TickerCount; j--)
        {
            if (context.Quantity(j) > 0 && context.Ticker(j) == ticker)
            {
                return j;
            }
        }

        return -1;
    }

    // The monthly expiry TenorMonths ahead, pushed a month further while it would leave less than a week to hold.
    private DateOnly Expiry(DateOnly today)
    {
        int months = TenorMonths;
        DateOnly expiry = ListedTerms.MonthlyExpiry(today, months);
        while (expiry.DayNumber - today.DayNumber <= RollDays + 7)
        {
            expiry = ListedTerms.MonthlyExpiry(today, ++months);
        }

        return expiry;
    }
}
