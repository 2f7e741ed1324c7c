namespace Backtest.Reporting.Sweeps;

/// <summary>The metric a sweep is drawn by: its column, its name in words, its unit and which way is better.</summary>
/// <param name="Column">The column of <c>sweep.csv</c> (a metrics.json path: <c>strategy.sharpe</c>).</param>
/// <param name="Words">Its name for titles and labels ("Sharpe ratio").</param>
/// <param name="Unit">How its values are written.</param>
/// <param name="HigherIsBetter">Which way is better, for the best combination.</param>
/// <remarks>
/// Higher is better for returns, ratios, drawdowns (stored negative, so higher is shallower), worst day and month,
/// income and final equity, and for measures with no better side (exposures, turnover), so that they still have a
/// defined best. Lower is better for volatility, every cost (commission, slippage, borrow fees, dividends paid),
/// margin calls, stops, ruin, trades, the days of the longest drawdown and under water, and for beta and correlation
/// (a short thesis wants little or negative market exposure).
/// </remarks>
internal sealed record SweepMetric(string Column, string Words, MetricUnit Unit, bool HigherIsBetter)
{
    // Leaf names (after the last dot) of the metrics.json fields this report knows: words, unit, higher is better.
    private static readonly Dictionary<string, (string Words, MetricUnit Unit, bool Higher)> Known = new(StringComparer.Ordinal)
    {
        ["totalReturn"] = ("Total return", MetricUnit.Percent, true),
        ["cagr"] = ("CAGR", MetricUnit.Percent, true),
        ["volatility"] = ("Volatility", MetricUnit.Percent, false),
        ["sharpe"] = ("Sharpe ratio", MetricUnit.Ratio, true),
        ["sortino"] = ("Sortino ratio", MetricUnit.Ratio, true),
        ["maxDrawdown"] = ("Max drawdown", MetricUnit.Percent, true),
        ["calmar"] = ("Calmar ratio", MetricUnit.Ratio, true),
        ["longestDrawdownDays"] = ("Longest drawdown", MetricUnit.Days, false),
        ["underwaterDays"] = ("Days under water at the end", MetricUnit.Days, false),
        ["worstDay"] = ("Worst day", MetricUnit.Percent, true),
        ["worstMonth"] = ("Worst month", MetricUnit.Percent, true),
        ["positiveMonths"] = ("Positive months", MetricUnit.Percent, true),
        ["beta"] = ("Beta", MetricUnit.Ratio, false),
        ["correlation"] = ("Correlation", MetricUnit.Ratio, false),
        ["alpha"] = ("Alpha", MetricUnit.Percent, true),
        ["excessReturn"] = ("Excess return", MetricUnit.Percent, true),
        ["excessCagr"] = ("Excess CAGR", MetricUnit.Percent, true),
        ["averageGross"] = ("Average gross exposure", MetricUnit.Percent, true),
        ["maxGross"] = ("Max gross exposure", MetricUnit.Percent, true),
        ["averageNet"] = ("Average net exposure", MetricUnit.Percent, true),
        ["averageLong"] = ("Average long exposure", MetricUnit.Percent, true),
        ["averageShort"] = ("Average short exposure", MetricUnit.Percent, true),
        ["averageDeltaNet"] = ("Average delta-adjusted net exposure", MetricUnit.Percent, true),
        ["averageOptionValue"] = ("Average option value", MetricUnit.Percent, true),
        ["turnover"] = ("Turnover", MetricUnit.Ratio, true),
        ["commission"] = ("Commission", MetricUnit.Money, false),
        ["slippage"] = ("Slippage", MetricUnit.Money, false),
        ["borrowFees"] = ("Borrow fees", MetricUnit.Money, false),
        ["dividendsPaid"] = ("Dividends paid", MetricUnit.Money, false),
        ["dividendsReceived"] = ("Dividends received", MetricUnit.Money, true),
        ["cashInterest"] = ("Cash interest", MetricUnit.Money, true),
        ["borrowRebate"] = ("Borrow rebate", MetricUnit.Money, true),
        ["marginInterest"] = ("Margin interest", MetricUnit.Money, false),
        ["marginCalls"] = ("Margin calls", MetricUnit.Count, false),
        ["stops"] = ("Stops", MetricUnit.Count, false),
        ["finalEquity"] = ("Final equity", MetricUnit.Money, true),
        ["ruined"] = ("Ruin", MetricUnit.Count, false),
        ["trades"] = ("Trades", MetricUnit.Count, false),
    };

    private static readonly string[] ProperNames = ["Sharpe", "Sortino", "Calmar"];

    /// <summary>The metric of <paramref name="column"/>; an unknown one is a ratio named after its path, higher better.</summary>
    public static SweepMetric For(string column)
    {
        int dot = column.LastIndexOf('.');
        string leaf = column[(dot + 1)..];
        if (!Known.TryGetValue(leaf, out var known))
        {
            return new SweepMetric(column, SweepText.Capitalised(SweepText.Words(column)), MetricUnit.Ratio, true);
        }

        // The benchmark's own numbers say so; strategy, relative, exposure and costs read plainly. Names (Sharpe) and
        // acronyms (CAGR) keep their capital after "Benchmark".
        bool name = known.Words.Length > 1 && char.IsUpper(known.Words[1]) || ProperNames.Any(n => known.Words.StartsWith(n, StringComparison.Ordinal));
        string words = column.StartsWith("benchmark.", StringComparison.Ordinal)
            ? "Benchmark " + (name ? known.Words : char.ToLowerInvariant(known.Words[0]) + known.Words[1..])
            : known.Words;
        return new SweepMetric(column, words, known.Unit, known.Higher);
    }

    /// <summary>The name with its unit, for the colour scale and the value axis: "Total return (%)", "Sharpe ratio".</summary>
    public string Label => Unit switch
    {
        MetricUnit.Percent => Words + " (%)",
        MetricUnit.Days => Words + " (days)",
        _ => Words,
    };

    /// <summary>Which way is better, in words, for subtitles.</summary>
    public string Better => HigherIsBetter ? "highest" : "lowest";

    /// <summary>Whether <paramref name="candidate"/> is strictly better than <paramref name="than"/>; a missing value never is, and anything beats one.</summary>
    public bool IsBetter(double candidate, double than) =>
        double.IsFinite(candidate) && (!double.IsFinite(than) || (HigherIsBetter ? candidate > than : candidate < than));

    /// <summary>A value as cells and labels show it: 12.5%, 1.23, 1.2M, 17.</summary>
    public string Text(double value) => !double.IsFinite(value) ? "n/a" : Unit switch
    {
        MetricUnit.Percent => Output.MetricText.Unsigned(value.ToString("0.0%", System.Globalization.CultureInfo.InvariantCulture)),
        MetricUnit.Money => Figures.Axis.MoneyText(value),
        MetricUnit.Count or MetricUnit.Days => Output.MetricText.Unsigned(value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)),
        _ => Output.MetricText.Ratio(value),
    };

    /// <summary>A tick label: percent with as many decimals as the tick needs, else as <see cref="Text"/>.</summary>
    public string Tick(double value) => Unit == MetricUnit.Percent ? Output.MetricText.Unsigned(Figures.Axis.PercentText(value)) : Unit == MetricUnit.Ratio
        ? Output.MetricText.Unsigned(value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))
        : Text(value);
}
