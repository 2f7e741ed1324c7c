using System.Globalization;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Core.Parameters;
using Backtest.Reporting.Output;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>The table <c>run</c> prints: period, returns, risk, and where the money went.</summary>
public static class SummaryTable
{
    /// <summary>
    /// The summary's title: the preset (or strategy) and the values the command line set,
    /// <c>burry-13f-2025, shortAllocation=0.6</c>; a preset of another strategy's name says which strategy it runs.
    /// </summary>
    public static string Title(string label, string strategy, IEnumerable<Assignment> commandLine)
    {
        string name = label == strategy ? label : $"{label} (strategy {strategy})";
        string[] set = [.. commandLine.Select(a => $"{a.Key}={a.Value}")];
        return set.Length == 0 ? name : $"{name}, {string.Join(", ", set)}";
    }

    /// <summary>Writes the summary of a run measured by <paramref name="m"/>, saved in <paramref name="folder"/>.</summary>
    public static void Write(IAnsiConsole console, string title, RunMetrics m, string folder)
    {
        ReturnMetrics s = m.Strategy;
        ReturnMetrics? b = m.Benchmark;
        var table = new Table()
            .Title(TerminalText.AsMarkup(title))
            .AddColumn(string.Empty)
            .AddColumn(new TableColumn("Strategy").RightAligned())
            .AddColumn(new TableColumn(TerminalText.AsMarkup(m.BenchmarkTicker is { } t ? $"Benchmark {t}" : "Benchmark")).RightAligned());
        table.AddRow("Period", $"{m.FirstDay:yyyy-MM-dd} to {m.LastDay:yyyy-MM-dd}", $"{s.Days} days");
        table.AddRow("Final equity", Money(m.FinalEquity), b is null ? string.Empty : Money(m.Capital * (1 + b.TotalReturn)));
        table.AddRow("Total return", MetricText.Percent(s.TotalReturn), MetricText.Percent(b?.TotalReturn));
        table.AddRow("CAGR", MetricText.Percent(s.Cagr), MetricText.Percent(b?.Cagr));
        table.AddRow("Volatility (annual)", MetricText.Percent(s.Volatility), MetricText.Percent(b?.Volatility));
        table.AddRow("Sharpe", MetricText.Ratio(s.Sharpe), MetricText.Ratio(b?.Sharpe));
        table.AddRow("Sortino", MetricText.Ratio(s.Sortino), MetricText.Ratio(b?.Sortino));
        table.AddRow("Max drawdown", MetricText.Percent(s.MaxDrawdown), MetricText.Percent(b?.MaxDrawdown));
        table.AddRow("Calmar", MetricText.Ratio(s.Calmar), MetricText.Ratio(b?.Calmar));
        table.AddEmptyRow();
        CostTotals costs = m.Costs;
        table.AddRow("Commissions", Money(costs.Commission), string.Empty);
        table.AddRow("Slippage", Money(costs.Slippage), string.Empty);
        table.AddRow("Borrow fees", Money(costs.BorrowFees), string.Empty);
        table.AddRow("Dividends paid (shorts)", Money(costs.DividendsPaid), string.Empty);
        table.AddRow("Dividends received (longs)", Money(costs.DividendsReceived), string.Empty);
        table.AddRow("Cash interest", Money(costs.CashInterest), string.Empty);
        table.AddRow("Borrow rebate", Money(costs.BorrowRebate), string.Empty);
        table.AddRow("Margin interest", Money(costs.MarginInterest), string.Empty);
        table.AddRow("Margin calls", MetricText.Count(costs.MarginCalls), string.Empty);
        table.AddRow("Stops", MetricText.Count(costs.Stops), string.Empty);
        table.AddRow("Trades", MetricText.Count(m.Trades), string.Empty);
        console.Write(table);
        if (m.Ruined)
        {
            console.Write(new MessageLine("Ruin:", new Style(Color.Red), $"equity fell to zero or below at the close of {m.LastDay:yyyy-MM-dd}; every position was closed and the run stopped."));
        }

        console.Write(new MessageLine($"Results: {folder}"));
    }

    private static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);
}
