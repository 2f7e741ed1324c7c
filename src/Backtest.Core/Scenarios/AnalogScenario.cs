using Backtest.Core.Data;
using Backtest.Core.Parameters;
using Backtest.Core.Runs;

namespace Backtest.Core.Scenarios;

/// <summary>
/// Prepares a run on a historical analog: the strategy's tickers (and its benchmark) follow their real prices up to
/// the start, then the analog's daily moves scaled by their betas. The run is then an ordinary one (same engine, same
/// costs, same results folder), marked as a scenario.
/// </summary>
public static class AnalogScenario
{
    /// <summary>Where assignments the scenario makes say they came from.</summary>
    public const string Origin = "scenario";

    /// <summary>
    /// Resolves <paramref name="request"/> as <c>run</c> would, then lays <paramref name="analog"/> over it from
    /// <paramref name="start"/> (the last day of the run's data when null; <c>to</c> or <c>--to</c> picks an earlier one).
    /// </summary>
    public static RunPlan Prepare(RunRequest request, Analog analog, DateOnly? start, BetaRule betas, StrategyCatalog strategies, PresetCatalog presets)
    {
        RunPlan real = RealPart.Prepare(request, strategies, presets);
        DateOnly from = RealPart.Start(real, start);

        IPriceSource source = PriceSources.Open(request.DataFolder, real.Settings);
        string[] missing = [.. analog.Tickers.Where(t => !source.Tickers.Contains(t, StringComparer.OrdinalIgnoreCase))];
        if (source is CsvFolderSource && missing.Length > 0)
        {
            throw RunErrors.MissingPriceFiles(source.Location, missing, [.. source.Tickers]);
        }

        TickerSeries[] members = [.. analog.Tickers.Select(source.Load)];
        TickerSeries analogSeries = members.Length == 1 ? members[0] : EqualWeightBasket.Of(members);
        var replay = new AnalogReplay(analog, analogSeries, from, betas);

        // The run ends with the analog, and every figure marks where history ends and the analog begins.
        List<Assignment> assignments = RealPart.Replacing(
            request.Assignments,
            new Assignment("to", replay.Dates[^1].ToString("yyyy-MM-dd"), $"{Origin} --analog {analog.Name}"),
            new Assignment($"annotation.{from:yyyy-MM-dd}", $"{analog.Name} from here", $"{Origin} --analog {analog.Name}"));
        RunRequest scenario = request with
        {
            Assignments = assignments,
            Overlay = source => new ScenarioPriceSource(source, from, replay.Extend),
            FetchMissing = null,
        };
        RunPlan plan = RunPlan.Prepare(scenario, strategies, presets);
        var record = new ScenarioRecord(
            "analog",
            analog.Name,
            analog.Ticker,
            analog.From.ToString("yyyy-MM-dd"),
            analog.To.ToString("yyyy-MM-dd"),
            replay.CumulativeReturn,
            from.ToString("yyyy-MM-dd"),
            replay.Dates[^1].ToString("yyyy-MM-dd"),
            betas.ToString(),
            new SortedDictionary<string, double>(replay.BetasUsed.ToDictionary(), StringComparer.Ordinal),
            analog.Story);
        return plan with
        {
            Label = $"{real.Label}-{Slug(analog)}",
            Files = [.. plan.Files, .. analogSeries.Files],
            Scenario = record,
            Notes = [.. plan.Notes, $"{record.Title}: {analog.Story}"],
        };
    }

    // The part of a folder name that says which analog: its name, or ticker and dates for a window of one's own.
    private static string Slug(Analog analog) =>
        AnalogCatalog.All.Contains(analog) ? analog.Name : $"{analog.Ticker.Replace('+', '-')}-{analog.From:yyyyMMdd}-{analog.To:yyyyMMdd}";
}
