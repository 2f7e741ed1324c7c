using System.Globalization;
using Backtest.Core.Engine;
using Backtest.Core.Metrics;
using Backtest.Core.Runs;
using Spectre.Console;

namespace Backtest.Cli.Output;

/// <summary>The table <c>run</c> prints: period, returns, risk, and where the money went.</summary>
public static class SummaryTable
{
    /// <summary>Writes the summary of <paramref name="outcome"/>, saved in <paramref name="folder"/>.</summary>
    public static void Write(IAnsiConsole console, RunOutcome outcome, string folder)
    {
        BacktestResult r = outcome.Result;
        PerformanceSummary s = outcome.Summary;
        PerformanceSummary? b = outcome.BenchmarkSummary;
        string benchmarkTitle = outcome.Benchmark is { } bench ? $"Benchmark {bench.Ticker}" : "Benchmark";
        var table = new Table()
            .Title(Markup.Escape($"{outcome.Plan.Label} ({outcome.Plan.Strategy.Name})"))
            .AddColumn("")
            .AddColumn(new TableColumn("Strategy").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(benchmarkTitle)).RightAligned());
        table.AddRow("Period", $"{r.Date(0):yyyy-MM-dd} to {r.Date(r.DayCount - 1):yyyy-MM-dd}", $"{r.DayCount} days");
        table.AddRow("Final equity", Money(r.Equity[^1]), outcome.Benchmark is { } c ? Money(c.Equity[^1]) : "");
        table.AddRow("Total return", Percent(s.TotalReturn), Percent(b?.TotalReturn));
        table.AddRow("CAGR", Percent(s.Cagr), Percent(b?.Cagr));
        table.AddRow("Volatility (annual)", Percent(s.Volatility), Percent(b?.Volatility));
        table.AddRow("Sharpe", Ratio(s.Sharpe), Ratio(b?.Sharpe));
        table.AddRow("Max drawdown", Percent(s.MaxDrawdown), Percent(b?.MaxDrawdown));
        table.AddEmptyRow();
        CostTotals costs = r.Costs;
        table.AddRow("Commissions", Money(costs.Commission), "");
        table.AddRow("Slippage", Money(costs.Slippage), "");
        table.AddRow("Borrow fees", Money(costs.BorrowFees), "");
        table.AddRow("Dividends paid (shorts)", Money(costs.DividendsPaid), "");
        table.AddRow("Dividends received (longs)", Money(costs.DividendsReceived), "");
        table.AddRow("Cash interest", Money(costs.CashInterest), "");
        table.AddRow("Margin calls", costs.MarginCalls.ToString(CultureInfo.InvariantCulture), "");
        table.AddRow("Stops", costs.Stops.ToString(CultureInfo.InvariantCulture), "");
        table.AddRow("Trades", r.Trades.Count.ToString(CultureInfo.InvariantCulture), "");
        console.Write(table);
        if (r.Ruined)
        {
            console.MarkupLine($"[red]Ruin:[/] equity reached zero on {r.Date(r.DayCount - 1):yyyy-MM-dd}; every position was closed and the run stopped.");
        }

        console.MarkupLineInterpolated($"Results: {folder}");
    }

    private static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Percent(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.00%", CultureInfo.InvariantCulture) : "n/a";

    private static string Ratio(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
