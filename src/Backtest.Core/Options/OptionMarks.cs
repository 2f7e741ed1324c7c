using Backtest.Core.Data;
using Backtest.Core.Options.Pricing;

namespace Backtest.Core.Options;

/// <summary>
/// Model marks of option contracts on one price panel, priced once per contract and shared by every run on that panel.
/// </summary>
/// <remarks>
/// A mark depends on the underlying's path, the contract, the volatility rule, the rate and the dividend yield, never on
/// the size of a position: a sweep over allocations asks for the same contracts and gets the series already priced.
/// Safe to share between threads: series are immutable and built under a lock.
/// </remarks>
public sealed class OptionMarks
{
    private readonly Dictionary<(OptionContract Contract, double Anchor), OptionSeries> _series = [];
    private readonly Dictionary<(OptionContract Contract, int Day, double Premium), ImpliedVolatilityResult> _implied = [];
    private readonly double[]?[] _realized;
    private readonly double[] _rates;
    private readonly double[] _yields;
    private readonly double[] _fixedVols;
    private readonly bool[] _pinned;
    private readonly IReadOnlyList<TickerSeries>? _history;
    private readonly bool _rawPrices;
    private readonly OptionMarks? _template;
    private readonly int _sharedDays;
    private readonly Lock _gate = new();

    /// <summary>Creates the marks of <paramref name="panel"/> under <paramref name="settings"/>.</summary>
    /// <param name="panel">The run's prices.</param>
    /// <param name="settings">Volatility rule, rate, dividend yields.</param>
    /// <param name="history">The tickers' whole loaded series, so that realised volatility can look back before the run's first day; null to use the panel only.</param>
    /// <param name="ratesByDay">The pricing rate on each panel day (from a dated rate file), or null for the constant rate.</param>
    /// <param name="rawPrices">Whether the panel's prices are raw, so that splits are not returns.</param>
    public OptionMarks(PricePanel panel, OptionSettings settings, IReadOnlyList<TickerSeries>? history = null, double[]? ratesByDay = null, bool rawPrices = false)
    {
        if (ratesByDay is not null && ratesByDay.Length != panel.DayCount)
        {
            throw new ArgumentException($"{ratesByDay.Length} rates for {panel.DayCount} days", nameof(ratesByDay));
        }

        Panel = panel;
        Settings = settings;
        _history = history;
        _rawPrices = rawPrices;
        _rates = ratesByDay ?? Enumerable.Repeat(settings.OptionRate, panel.DayCount).ToArray();
        _realized = new double[]?[panel.TickerCount];
        _yields = new double[panel.TickerCount];
        _fixedVols = new double[panel.TickerCount];
        _pinned = new bool[panel.TickerCount];
        for (int i = 0; i < panel.TickerCount; i++)
        {
            string ticker = panel.Tickers[i];
            _yields[i] = settings.DividendYield.For(ticker);
            _fixedVols[i] = settings.Vol.For(ticker);
            _pinned[i] = settings.VolModel == VolatilityModel.Fixed || settings.Vol.Overrides.ContainsKey(ticker.ToUpperInvariant());
        }
    }

    /// <summary>
    /// As the public constructor, for one path of a scenario whose first <paramref name="sharedDays"/> days are those of
    /// <paramref name="template"/>'s panel (the real days every path shares): their marks, anchors and open prices are
    /// taken from the template, which prices each once for all paths, instead of priced again on every path.
    /// </summary>
    internal OptionMarks(PricePanel panel, OptionSettings settings, IReadOnlyList<TickerSeries>? history, double[]? ratesByDay, bool rawPrices, OptionMarks template, int sharedDays)
        : this(panel, settings, history, ratesByDay, rawPrices)
    {
        if (template.Panel.DayCount != panel.DayCount || sharedDays > panel.DayCount)
        {
            throw new ArgumentException("the template's panel must have this panel's days", nameof(template));
        }

        _template = template;
        _sharedDays = sharedDays;
    }

    /// <summary>The panel priced on.</summary>
    public PricePanel Panel { get; }

    /// <summary>The settings priced with.</summary>
    public OptionSettings Settings { get; }

    /// <summary>The pricing rate on day <paramref name="t"/>.</summary>
    public double Rate(int t) => _rates[t];

    /// <summary>The dividend yield of ticker <paramref name="ticker"/>.</summary>
    public double DividendYield(int ticker) => _yields[ticker];

    /// <summary>Years from the close of day <paramref name="t"/> to <paramref name="expiry"/>: calendar days / 365, never negative.</summary>
    public double Years(DateOnly expiry, int t) => Math.Max(0, expiry.DayNumber - Panel.DayNumbers[t]) / 365.0;

    /// <summary>
    /// The volatility the rule gives ticker <paramref name="ticker"/> at the close of day <paramref name="t"/>: its fixed
    /// volatility when pinned, else realised x multiplier with the floor (the fixed one while history is too short).
    /// </summary>
    public double RuleVolatility(int ticker, int t)
    {
        if (_pinned[ticker])
        {
            return _fixedVols[ticker];
        }

        double realized = Realized(ticker)[t];
        return double.IsNaN(realized) ? _fixedVols[ticker] : Math.Max(Settings.VolFloor, Settings.VolMultiplier * realized);
    }

    /// <summary>The pricing inputs of <paramref name="contract"/> on ticker <paramref name="ticker"/> at the close of day <paramref name="t"/>.</summary>
    public OptionInputs InputsAtClose(in OptionContract contract, int ticker, int t, double volatility) =>
        new(Close(ticker, t), contract.Strike, YearsLeft(contract.Expiry, ExpiryDay(contract.Expiry), t), _rates[t], _yields[ticker], volatility);

    /// <summary>
    /// The volatility at which <paramref name="contract"/> is worth <paramref name="premium"/> at the close of day
    /// <paramref name="t"/>; solved once, so runs that anchor the same contract on the same day share the answer.
    /// </summary>
    public ImpliedVolatilityResult Implied(in OptionContract contract, int ticker, int t, double premium)
    {
        if (_template is not null && t < _sharedDays)
        {
            return _template.Implied(contract, ticker, t, premium);
        }

        var key = (contract, t, premium);
        lock (_gate)
        {
            if (!_implied.TryGetValue(key, out ImpliedVolatilityResult solved))
            {
                solved = ImpliedVolatility.Solve(contract.Right, contract.Style, InputsAtClose(contract, ticker, t, 0), premium);
                _implied[key] = solved;
            }

            return solved;
        }
    }

    /// <summary>
    /// The marks of <paramref name="contract"/> from day <paramref name="from"/> to its expiry (or the panel's end), at the
    /// anchored volatility <paramref name="anchoredVolatility"/> (solved from a premium when <paramref name="fromPremium"/>,
    /// else given by the strategy) or, when NaN, at the rule's. Priced once; later asks share it.
    /// </summary>
    public OptionSeries Series(in OptionContract contract, int ticker, int from, double anchoredVolatility, bool fromPremium = false)
    {
        var key = (contract, anchoredVolatility);
        lock (_gate)
        {
            if (_series.TryGetValue(key, out OptionSeries? known) && known.FirstDay <= from)
            {
                return known;
            }

            OptionSeries built = Build(contract, ticker, from, anchoredVolatility, fromPremium);
            _series[key] = built;
            return built;
        }
    }

    /// <summary>
    /// The model price of <paramref name="series"/>' contract at the open of day <paramref name="t"/>: the open as spot, the
    /// day's time to expiry and rate, and the volatility known at the previous close. Priced once per day and kept.
    /// </summary>
    public double PriceAtOpen(OptionSeries series, int t)
    {
        double known = series.OpenPrice(t);
        if (!double.IsNaN(known))
        {
            return known;
        }

        if (_template is not null && t < _sharedDays)
        {
            known = _template.PriceAtOpen(_template.Series(series.Contract, series.Underlying, series.FirstDay, series.AnchoredVolatility), t);
            series.KeepOpenPrice(t, known);
            return known;
        }

        int ticker = series.Underlying;
        double vol = double.IsNaN(series.AnchoredVolatility) ? RuleVolatility(ticker, Math.Max(0, t - 1)) : series.AnchoredVolatility;
        OptionContract c = series.Contract;
        var inputs = new OptionInputs(Open(ticker, t), c.Strike, YearsLeft(c.Expiry, series.ExpiryDay, t), _rates[t], _yields[ticker], vol);
        double price = OptionPricer.Price(c.Right, c.Style, inputs);

        // Every thread computes the same number, so a race only repeats work.
        series.KeepOpenPrice(t, price);
        return price;
    }

    /// <summary>The settlement day of a contract expiring on <paramref name="expiry"/>: the last panel day on or before it, or -1 after the panel.</summary>
    public int ExpiryDay(DateOnly expiry)
    {
        if (expiry > Panel.Dates[^1])
        {
            return -1;
        }

        int t = Array.BinarySearch(Panel.Dates, expiry);
        return t >= 0 ? t : ~t - 1;
    }

    private OptionSeries Build(in OptionContract contract, int ticker, int from, double anchoredVolatility, bool fromPremium)
    {
        int expiryDay = ExpiryDay(contract.Expiry);
        int last = expiryDay < 0 ? Panel.DayCount - 1 : expiryDay;
        if (contract.Strike <= 0 || !double.IsFinite(contract.Strike))
        {
            throw OptionErrors.BadStrike(contract);
        }

        if (last < from)
        {
            throw OptionErrors.Expired(contract, Panel.Dates[from]);
        }

        if (_rawPrices)
        {
            for (int t = from + 1; t <= last; t++)
            {
                if (Panel.Splits[(ticker * Panel.DayCount) + t] != 0)
                {
                    throw OptionErrors.SpansSplit(contract, Panel.Dates[t]);
                }
            }
        }

        int n = last - from + 1;
        var years = new double[n];
        var marks = new double[n];
        var deltas = new double[n];
        var vols = new double[n];
        int shared = 0;
        if (_template is not null && from < _sharedDays)
        {
            // The days every path shares: priced once, on the template.
            OptionSeries known = _template.Series(contract, ticker, from, anchoredVolatility, fromPremium);
            for (; shared < n && from + shared < _sharedDays; shared++)
            {
                int t = from + shared;
                years[shared] = known.Years(t);
                marks[shared] = known.Mark(t);
                deltas[shared] = known.Delta(t);
                vols[shared] = known.Volatility(t);
            }
        }

        for (int k = shared; k < n; k++)
        {
            int t = from + k;
            double vol = double.IsNaN(anchoredVolatility) ? RuleVolatility(ticker, t) : anchoredVolatility;
            years[k] = YearsLeft(contract.Expiry, expiryDay, t);
            OptionValue value = OptionPricer.Value(contract.Right, contract.Style, new OptionInputs(Close(ticker, t), contract.Strike, years[k], _rates[t], _yields[ticker], vol));
            marks[k] = value.Price;
            deltas[k] = value.Delta;
            vols[k] = vol;
        }

        VolatilitySource source = !double.IsNaN(anchoredVolatility) ? (fromPremium ? VolatilitySource.Anchored : VolatilitySource.Strategy)
            : _pinned[ticker] ? VolatilitySource.Fixed : VolatilitySource.Realized;
        return new OptionSeries(contract, ticker, from, expiryDay, anchoredVolatility, source, _yields[ticker], _rates, years, marks, deltas, vols);
    }

    // What is left of a contract's life at close t: nothing on its expiry day, whose close settles it (at intrinsic value,
    // which is what every pricer gives at zero years), even when that day is before the expiry date (a holiday).
    private double YearsLeft(DateOnly expiry, int expiryDay, int t) => t == expiryDay ? 0 : Years(expiry, t);

    private double Close(int ticker, int t) => Panel.Close[(ticker * Panel.DayCount) + t];

    private double Open(int ticker, int t) => Panel.Open[(ticker * Panel.DayCount) + t];

    // Realised volatility of one ticker on each panel day, from its whole history when given (so the window can reach
    // back before the run), else from the panel's own bars. Computed on first use.
    private double[] Realized(int ticker)
    {
        if (_realized[ticker] is { } known)
        {
            return known;
        }

        lock (_gate)
        {
            return _realized[ticker] ??= ComputeRealized(ticker);
        }
    }

    private double[] ComputeRealized(int ticker)
    {
        string name = Panel.Tickers[ticker];
        TickerSeries? history = _history?.FirstOrDefault(s => s.Ticker.Equals(name, StringComparison.OrdinalIgnoreCase));
        DateOnly[] dates;
        double[] closes;
        double[] splits;
        if (history is not null)
        {
            dates = history.Dates;
            closes = history.Close;
            splits = new double[dates.Length];
            if (_rawPrices)
            {
                PricePanelBuilder.PlaceSplits(history.Splits, dates, splits);
            }

            // A scenario's panel goes on past the real history: its own bars follow (a path has no splits).
            var after = new List<int>();
            for (int t = 0; t < Panel.DayCount; t++)
            {
                if (Panel.Dates[t] > history.LastDate && Panel.HasBar(ticker, t))
                {
                    after.Add(t);
                }
            }

            if (after.Count > 0)
            {
                dates = [.. dates, .. after.Select(t => Panel.Dates[t])];
                closes = [.. closes, .. after.Select(t => Close(ticker, t))];
                splits = [.. splits, .. new double[after.Count]];
            }
        }
        else
        {
            var own = new List<int>();
            for (int t = 0; t < Panel.DayCount; t++)
            {
                if (Panel.HasBar(ticker, t))
                {
                    own.Add(t);
                }
            }

            dates = own.Select(t => Panel.Dates[t]).ToArray();
            closes = own.Select(t => Close(ticker, t)).ToArray();
            splits = own.Select(t => Panel.Splits[(ticker * Panel.DayCount) + t]).ToArray();
        }

        double[] estimates = RealizedVolatility.Trailing(closes, _rawPrices ? splits : [], Settings.VolWindow);
        var byDay = new double[Panel.DayCount];
        int k = -1;
        for (int t = 0; t < Panel.DayCount; t++)
        {
            // The estimate of the last bar on or before each panel day: a day without a bar carries it.
            while (k + 1 < dates.Length && dates[k + 1] <= Panel.Dates[t])
            {
                k++;
            }

            byDay[t] = k < 0 ? double.NaN : estimates[k];
        }

        return byDay;
    }
}
