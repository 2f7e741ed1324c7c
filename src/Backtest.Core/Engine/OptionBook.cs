using System.Globalization;
using Backtest.Core.Data;
using Backtest.Core.Options;
using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Engine;

/// <summary>The option contracts of one run: which contracts it has asked for, and how many of each it holds and has ordered.</summary>
/// <remarks>
/// Option <c>k</c> is instrument <c>tickers + k</c> to the strategy. Arrays grow when a strategy asks for a new contract
/// (at a decision, not every day); the simulation reads and writes the rest in place.
/// </remarks>
internal sealed class OptionBook
{
    private readonly PricePanel _panel;
    private readonly Func<OptionMarks> _marks;
    private readonly List<RunEvent> _events;
    private OptionMarks? _resolved;

    public OptionBook(PricePanel panel, Func<OptionMarks> marks, List<RunEvent> events)
    {
        _panel = panel;
        _marks = marks;
        _events = events;
    }

    /// <summary>The number of contracts asked for so far.</summary>
    public int Count { get; private set; }

    /// <summary>Each contract's marks.</summary>
    public OptionSeries[] Series { get; private set; } = [];

    /// <summary>Contracts held (never negative: writing is refused).</summary>
    public double[] Contracts { get; private set; } = [];

    /// <summary>Contracts ordered, to fill at the next fill.</summary>
    public double[] Pending { get; private set; } = [];

    /// <summary>Why each pending order was made.</summary>
    public TradeReason[] PendingReason { get; private set; } = [];

    /// <summary>The target of the current decision.</summary>
    public double[] Target { get; private set; } = [];

    /// <summary>Whether the current decision set a target.</summary>
    public bool[] HasTarget { get; private set; } = [];

    /// <summary>The marks the run prices with, created on the first contract asked for.</summary>
    public OptionMarks Marks => _resolved ??= _marks();

    /// <summary>The run's contracts in order.</summary>
    public IReadOnlyList<OptionSeries> All => new ArraySegment<OptionSeries>(Series, 0, Count);

    /// <summary>
    /// The index of <paramref name="contract"/>, asked for after the close of day <paramref name="t"/>: known contracts keep
    /// their index (and their volatility); a new one is priced from <paramref name="t"/> on, its volatility solved from
    /// <paramref name="anchorPremium"/> at this close when that is a number, else <paramref name="volatility"/> when that is
    /// a number, else the volatility rule's.
    /// </summary>
    public int Register(in OptionContract contract, int t, double anchorPremium, double volatility = double.NaN)
    {
        for (int k = 0; k < Count; k++)
        {
            if (Series[k].Contract == contract)
            {
                return k;
            }
        }

        int underlying = _panel.IndexOf(contract.Underlying);
        if (underlying < 0)
        {
            throw OptionErrors.UnknownUnderlying(contract, _panel.Tickers);
        }

        if (!_panel.IsLive(underlying, t))
        {
            throw OptionErrors.UnderlyingNotTrading(contract, _panel.Dates[t]);
        }

        if (contract.Expiry < _panel.Dates[t])
        {
            throw OptionErrors.Expired(contract, _panel.Dates[t]);
        }

        double anchored = volatility;
        if (!double.IsNaN(anchorPremium))
        {
            anchored = Anchor(contract, underlying, t, anchorPremium);
        }
        else if (!double.IsNaN(volatility) && (volatility < ImpliedVolatility.MinVolatility || volatility > ImpliedVolatility.MaxVolatility || !double.IsFinite(volatility)))
        {
            throw OptionErrors.BadVolatility(contract, volatility);
        }

        OptionSeries series = Marks.Series(contract, underlying, t, anchored, fromPremium: !double.IsNaN(anchorPremium));
        Grow(Count + 1);
        Series[Count] = series;
        return Count++;
    }

    private double Anchor(in OptionContract contract, int underlying, int t, double premium)
    {
        ImpliedVolatilityResult solved = Marks.Implied(contract, underlying, t, premium);
        if (!solved.Found)
        {
            throw OptionErrors.CannotAnchor(contract, _panel.Dates[t], premium, solved.Message);
        }

        OptionInputs at = Marks.InputsAtClose(contract, underlying, t, solved.Volatility);
        _events.Add(new RunEvent(t, RunEventKind.Anchor, string.Create(CultureInfo.InvariantCulture,
            $"anchor: {contract.Name} priced at {premium:0.00##} at this close (spot {at.Spot:0.00}, {at.Years:0.###} years, rate {at.Rate:0.####}, " +
            $"dividend yield {at.DividendYield:0.####}) implies a volatility of {solved.Volatility:0.00%}; the contract is marked at it for its life (sticky strike)")));
        return solved.Volatility;
    }

    private void Grow(int count)
    {
        if (count <= Contracts.Length)
        {
            return;
        }

        int size = Math.Max(4, Contracts.Length * 2);
        Series = Resized(Series, size);
        Contracts = Resized(Contracts, size);
        Pending = Resized(Pending, size);
        PendingReason = Resized(PendingReason, size);
        Target = Resized(Target, size);
        HasTarget = Resized(HasTarget, size);
    }

    private static T[] Resized<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
