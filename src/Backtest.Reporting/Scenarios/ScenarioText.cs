using System.Globalization;
using Backtest.Core.Scenarios;
using Backtest.Reporting.Figures;

namespace Backtest.Reporting.Scenarios;

/// <summary>The words a bootstrap's report prints about it: what it drew from, and how, in one line.</summary>
internal static class ScenarioText
{
    /// <summary>"Equity over 10,000 bootstrap paths".</summary>
    public static string FanTitle(BootstrapRecord record) => $"Equity over {Count(record.Paths)} bootstrap paths";

    /// <summary>The targets, as the document's title names them: "a versus b".</summary>
    public static string Targets(SavedScenario scenario) => string.Join(" versus ", scenario.Targets.Select(t => t.Label));

    /// <summary>Start, horizon, block length and rule, history window (and drift when taken out) and seed, comma-separated (so subtitles wrap between them).</summary>
    public static string Settings(BootstrapRecord r) =>
        $"from {r.Start} for {r.Horizon} trading days to {r.End}, " +
        $"mean block {r.MeanBlock.ToString("0.0", CultureInfo.InvariantCulture)} days ({BlockRule(r.BlockRule)}), " +
        $"drawn from {r.HistoryFrom} to {r.HistoryTo} ({r.HistoryDays} days{(r.Drift == "none" ? ", drift taken out" : string.Empty)}), seed {r.Seed.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A figure's subtitle: the settings wrapped to its width, or nothing when subtitles are off.</summary>
    public static string Subtitle(BootstrapRecord record, ReportOptions options) =>
        options.Subtitles ? Figures.Subtitle.Wrap($"{Count(record.Paths)} paths {Settings(record)}", options.Size, maxLines: 2) : string.Empty;

    /// <summary>A count with thousands separators (10,000).</summary>
    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    // The rule's name as a reader knows it: Politis-White is two people, "given" means --block.
    private static string BlockRule(string rule) => rule switch
    {
        "politis-white" => "Politis-White",
        "given" => "given by --block",
        _ => rule,
    };
}
