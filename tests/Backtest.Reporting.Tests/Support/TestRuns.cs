using Backtest.Core.Parameters;
using Backtest.Core.Results;
using Backtest.Core.Runs;
using Backtest.Strategies;
using Backtest.Testing;

namespace Backtest.Reporting.Tests.Support;

/// <summary>Runs a preset in-process as the CLI's <c>run</c> does: plan, execute, write the results folder (and its report).</summary>
internal static class TestRuns
{
    /// <summary>The preset most tests here run: the stock short.</summary>
    public const string Burry = "burry-13f-2025";

    /// <summary>The same thesis as Scion made it, with puts: a run that holds options.</summary>
    public const string Puts = "burry-puts-2025";

    /// <summary>The instant every run is stamped with, so its documents carry a fixed date.</summary>
    public static readonly DateTimeOffset Created = new(2026, 1, 15, 18, 30, 0, TimeSpan.Zero);

    /// <summary>The small synthetic prices shipped with the tests (PLTR, NVDA, SPY, MSFT; 2025-09-25 to 2025-12-31).</summary>
    public static string FixturePrices => Path.Combine(AppContext.BaseDirectory, "Fixtures", "prices");

    /// <summary>The prices of <paramref name="data"/>; the real set first checks it is there (else the caller is ignored).</summary>
    public static string Prices(PriceData data)
    {
        if (data == PriceData.Fixture)
        {
            return FixturePrices;
        }

        TestPaths.RequireSharedData();
        return TestPaths.YahooDaily;
    }

    /// <summary>
    /// Runs <paramref name="target"/> on <paramref name="data"/> with <paramref name="sets"/> (<c>name=value</c>) and writes its
    /// results folder under <paramref name="root"/>, with the report drawn inside the temporary folder as <c>run</c> does it.
    /// </summary>
    /// <returns>The results folder.</returns>
    public static string Run(string target, string data, string root, bool withReport, params string[] sets)
    {
        Assignment[] assignments = [.. sets.Select(s => Assignment.FromCommandLine(s))];
        string commandLine = string.Join(' ', ["run", target, .. sets.SelectMany(s => new[] { "--set", s }), "--data", data]);
        var request = new RunRequest(target, assignments, data, commandLine);
        var strategies = new StrategyCatalog(typeof(Burry13F2025).Assembly);
        var presets = new PresetCatalog(Path.Combine(TestPaths.RepoRoot, "strategies"));
        RunOutcome outcome = RunOutcome.Execute(RunPlan.Prepare(request, strategies, presets));
        Action<string>? report = withReport ? temporary => ReportWriter.Write(temporary, ReportOptions.Default) : null;
        return ResultFolder.Write(outcome, root, Created, commandLine, report);
    }
}
