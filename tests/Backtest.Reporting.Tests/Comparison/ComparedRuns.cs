using Backtest.Reporting.Input;
using Backtest.Reporting.Tests.Support;

namespace Backtest.Reporting.Tests.Comparison;

/// <summary>burry-13f-2025 on the fixture prices at three short allocations, without reports, as <c>compare</c> reads them.</summary>
internal static class ComparedRuns
{
    /// <summary>The allocations, in run order.</summary>
    public static readonly string[] Allocations = ["0.4", "0.6", "0.8"];

    /// <summary>Runs the three under <paramref name="root"/> and reads their folders back.</summary>
    public static SavedRun[] Write(string root) =>
        [.. Allocations.Select(a => SavedRunReader.Read(TestRuns.Run(TestRuns.Burry, TestRuns.FixturePrices, root, withReport: false, $"shortAllocation={a}")))];
}
