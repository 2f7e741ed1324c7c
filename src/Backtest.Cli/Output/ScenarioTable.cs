using Backtest.Core.Scenarios;
using Backtest.Reporting.Output;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>The table <c>scenario --bootstrap</c> prints: per strategy, the chances of a margin call and of ruin and the spread of outcomes.</summary>
public static class ScenarioTable
{
    /// <summary>Writes the statistics of <paramref name="results"/>, saved in <paramref name="folder"/>.</summary>
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<BootstrapResult> results, string folder)
    {
        var table = new Table().Title(TerminalText.AsMarkup(title)).AddColumn(string.Empty);
        foreach (BootstrapResult result in results)
        {
            table.AddColumn(new TableColumn(TerminalText.AsMarkup(result.Target.Label)).RightAligned());
        }

        ScenarioStatistics[] s = [.. results.Select(r => r.Statistics)];
        Row(table, "Paths", s, x => x.Paths.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        Row(table, "Margin call (chance)", s, x => MetricText.Percent(x.MarginCallChance));
        Row(table, "Ruin (chance)", s, x => MetricText.Percent(x.RuinChance));
        Row(table, "Loss (chance)", s, x => MetricText.Percent(x.LossChance));
        Row(table, "Median return", s, x => MetricText.Percent(x.MedianReturn));
        Row(table, "Mean return", s, x => MetricText.Percent(x.MeanReturn));
        Row(table, "5th percentile", s, x => MetricText.Percent(x.Return5));
        Row(table, "95th percentile", s, x => MetricText.Percent(x.Return95));
        Row(table, "CVaR 5% (mean of worst 5%)", s, x => MetricText.Percent(x.ExpectedShortfall5));
        Row(table, "Median max drawdown", s, x => MetricText.Percent(x.MedianMaxDrawdown));
        Row(table, "Max drawdown, worst 5%", s, x => MetricText.Percent(x.MaxDrawdown5));
        console.Write(table);
        console.Write(new MessageLine($"Results: {folder}"));
    }

    private static void Row(Table table, string name, ScenarioStatistics[] statistics, Func<ScenarioStatistics, string> text) =>
        table.AddRow([name, .. statistics.Select(text)]);
}
