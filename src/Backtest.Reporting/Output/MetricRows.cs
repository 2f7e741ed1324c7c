using Backtest.Core.Metrics;

namespace Backtest.Reporting.Output;

/// <summary>The rows of the metric tables: one list of named measures, so the tear sheet and comparisons say the same thing.</summary>
public static class MetricRows
{
    /// <summary>Return and risk rows: a name, then the value for each curve (strategy, benchmark, ...).</summary>
    public static IEnumerable<string[]> Returns(params ReturnMetrics?[] curves)
    {
        yield return Row("Total return", curves, m => MetricText.Percent(m?.TotalReturn));
        yield return Row("CAGR", curves, m => MetricText.Percent(m?.Cagr));
        yield return Row("Volatility (annual)", curves, m => MetricText.Percent(m?.Volatility));
        yield return Row("Sharpe", curves, m => MetricText.Ratio(m?.Sharpe));
        yield return Row("Sortino", curves, m => MetricText.Ratio(m?.Sortino));
        yield return Row("Max drawdown", curves, m => MetricText.Percent(m?.MaxDrawdown));
        yield return Row("Calmar", curves, m => MetricText.Ratio(m?.Calmar));
        yield return Row("Longest drawdown (days)", curves, m => MetricText.Count(m?.LongestDrawdownDays));
        yield return Row("Under water at end (days)", curves, m => MetricText.Count(m?.UnderwaterDays));
        yield return Row("Worst day", curves, m => MetricText.Percent(m?.WorstDay));
        yield return Row("Worst month", curves, m => MetricText.Percent(m?.WorstMonth));
        yield return Row("Positive months", curves, m => MetricText.Percent(m?.PositiveMonths));
    }

    /// <summary>Beta, correlation, alpha and excess return against the benchmark.</summary>
    public static IEnumerable<string[]> Relative(RelativeMetrics? r)
    {
        yield return ["Beta", MetricText.Ratio(r?.Beta)];
        yield return ["Correlation", MetricText.Ratio(r?.Correlation)];
        yield return ["Alpha (annual)", MetricText.Percent(r?.Alpha)];
        yield return ["Excess return", MetricText.Percent(r?.ExcessReturn)];
        yield return ["Excess CAGR", MetricText.Percent(r?.ExcessCagr)];
    }

    /// <summary>The row name of the average delta-adjusted net exposure.</summary>
    public const string DeltaNet = "Net exposure, delta-adjusted";

    /// <summary>The row name of the options' average premium value.</summary>
    public const string OptionValue = "Option value (avg)";

    /// <summary>Exposure and turnover; with <paramref name="options"/>, also the delta-adjusted net exposure and the options' value.</summary>
    /// <remarks>The share exposures count shares only: a put book shows 0% there, and how short it is in the delta-adjusted row.</remarks>
    public static IEnumerable<string[]> Exposure(ExposureMetrics e, bool options = false)
    {
        yield return ["Average gross exposure", MetricText.Percent(e.AverageGross)];
        yield return ["Max gross exposure", MetricText.Percent(e.MaxGross)];
        yield return ["Average net exposure", MetricText.Percent(e.AverageNet)];
        yield return ["Average long", MetricText.Percent(e.AverageLong)];
        yield return ["Average short", MetricText.Percent(e.AverageShort)];
        if (options)
        {
            yield return [DeltaNet, MetricText.Percent(e.AverageDeltaNet)];
            yield return [OptionValue, MetricText.Percent(e.AverageOptionValue)];
        }

        yield return ["Turnover (annual)", MetricText.Ratio(e.Turnover) + "x"];
    }

    /// <summary>Each cost or income: money and % of starting capital; then margin calls, stops and trades.</summary>
    public static IEnumerable<string[]> Costs(RunMetrics m)
    {
        foreach (CostShare c in m.CostSplit)
        {
            yield return [c.Name, MetricText.Money(c.Amount), MetricText.SmallPercent(c.OfCapital)];
        }

        yield return ["Margin calls", MetricText.Count(m.Costs.MarginCalls), string.Empty];
        yield return ["Stops", MetricText.Count(m.Costs.Stops), string.Empty];
        yield return ["Trades", MetricText.Count(m.Trades), string.Empty];
    }

    private static string[] Row(string name, ReturnMetrics?[] curves, Func<ReturnMetrics?, string> value) =>
        [name, .. curves.Select(value)];
}
